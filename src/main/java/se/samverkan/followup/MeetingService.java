package se.samverkan.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.Validator;
import se.samverkan.actionplan.ActionItemDraft;
import se.samverkan.actionplan.ActionPlanService;
import se.samverkan.actionplan.TrafficLight;
import se.samverkan.agreement.AgreementService;
import se.samverkan.audit.AuditAction;
import se.samverkan.audit.AuditRecord;
import se.samverkan.audit.AuditService;
import se.samverkan.base.db.ConcurrentChangeException;
import se.samverkan.base.validation.BeanChecks;
import se.samverkan.base.validation.Checks;
import se.samverkan.base.validation.FieldError;
import se.samverkan.base.validation.Texts;
import se.samverkan.base.validation.ValidationException;

/**
 * A follow-up's meeting: before it, the agenda built from the items in scope; after it, the minutes, the outcome and
 * the decisions, one of which may create a new action item (through the action plan's own service and rules).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class MeetingService {

    private final FollowUpRepository followUps;
    private final ScopeRepository scope;
    private final ReminderAudience audience;
    private final FollowUpAccess access;
    private final FollowUpChecks checks;
    private final ReminderTriggers triggers;
    private final ActionPlanService actionPlans;
    private final AgreementService agreements;
    private final AuditService audit;
    private final Validator validator;
    private final ReminderProperties properties;
    private final Clock clock;

    MeetingService(FollowUpRepository followUps, ScopeRepository scope, ReminderAudience audience,
            FollowUpAccess access, FollowUpChecks checks, ReminderTriggers triggers, ActionPlanService actionPlans,
            AgreementService agreements, AuditService audit, Validator validator, ReminderProperties properties,
            Clock clock) {
        this.followUps = followUps;
        this.scope = scope;
        this.audience = audience;
        this.access = access;
        this.checks = checks;
        this.triggers = triggers;
        this.actionPlans = actionPlans;
        this.agreements = agreements;
        this.audit = audit;
        this.validator = validator;
        this.properties = properties;
        this.clock = clock;
    }

    private FollowUpFacts readable(long id) {
        return followUps.facts(id).filter(f -> access.canRead(f.agreementId()))
                .orElseThrow(() -> new AccessDeniedException("error.notAllowed"));
    }

    private FollowUpFacts manageable(long id, int version) {
        FollowUpFacts followUp = followUps.facts(id).orElseThrow(ConcurrentChangeException::new);
        access.requireManage(followUp.agreementId());
        if (followUp.version() != version) {
            throw new ConcurrentChangeException();
        }
        return followUp;
    }

    /**
     * The agenda: items in scope that are overdue, due soon, red or amber, without a report since the previous
     * follow-up, or changed or reported since then; by area and due date.
     */
    public List<AgendaItem> agenda(long id) {
        FollowUpFacts followUp = readable(id);
        LocalDate today = LocalDate.now(clock);
        LocalDate since = audience.since(followUp);
        LocalDate soon = followUp.date().plusDays(properties.dueSoonDays());
        List<AgendaItem> agenda = new ArrayList<>();
        for (ScopeItem item : scope.items(followUp.agreementId(), followUp.areaIds())) {
            Set<AgendaReason> reasons = EnumSet.noneOf(AgendaReason.class);
            boolean open = item.status().isOpen();
            if (open && item.dueDate() != null) {
                if (item.dueDate().isBefore(today)) {
                    reasons.add(AgendaReason.OVERDUE);
                } else if (!item.dueDate().isAfter(soon)) {
                    reasons.add(AgendaReason.DUE_SOON);
                }
            }
            if (open && item.trafficLight() != TrafficLight.GREEN) {
                reasons.add(AgendaReason.RED_OR_AMBER);
            }
            if (item.lacksReportSince(since)) {
                reasons.add(AgendaReason.NO_REPORT);
            }
            if (item.reportedAfter(since)
                    || (item.updatedAt() != null && item.updatedAt().toLocalDate().isAfter(since))) {
                reasons.add(AgendaReason.CHANGED);
            }
            if (!reasons.isEmpty()) {
                agenda.add(new AgendaItem(item.id(), item.title(), item.areaPosition(), item.areaTitle(),
                        item.responsible(), item.dueDate(), item.status(), item.trafficLight(), item.lastReportedOn(),
                        reasons));
            }
        }
        return agenda;
    }

    /** Reports after this day count for the follow-up (the previous follow-up's day). */
    public LocalDate reportsCountFrom(long id) {
        return audience.since(readable(id));
    }

    /** Records the minutes and outcome; the follow-up is then held, and its remaining reminders are removed. */
    @Transactional
    public void saveMinutes(long id, MinutesDraft draft) {
        FollowUpFacts followUp = manageable(id, draft.getVersion());
        draft.setMinutes(Texts.clean(draft.getMinutes()));
        draft.setOutcome(Texts.clean(draft.getOutcome()));
        Checks found = new Checks().addAll(BeanChecks.of(validator, draft));
        found.require(followUp.status() != FollowUpStatus.CANCELLED, "minutes", "followUp.error.cancelled");
        found.require(!followUp.date().isAfter(LocalDate.now(clock)), "minutes", "followUp.error.notYetHeld");
        found.throwIfAny();
        String minutesBefore = followUps.details(id).map(FollowUpDetails::minutes).orElse(null);
        String outcomeBefore = followUps.details(id).map(FollowUpDetails::outcome).orElse(null);
        ConcurrentChangeException.requireOneRow(followUps.saveMinutes(id, draft.getVersion(), draft.getMinutes(),
                draft.getOutcome()));
        triggers.unschedule(id);
        audit.record(AuditRecord.of(AuditAction.MINUTES, FollowUpService.ENTITY, id, followUp.title())
                .agreement(followUp.agreementId())
                .change("followUp.status", "followUp.status.", followUp.status(), FollowUpStatus.HELD)
                .change("followUp.minutes", minutesBefore, draft.getMinutes())
                .change("followUp.outcome", outcomeBefore, draft.getOutcome()));
    }

    /**
     * Records a decision; when asked, also creates the action item it calls for (in one of the agreement's areas,
     * under the action plan's rules), linked to the decision. Nothing is saved when either is refused.
     *
     * @return the id of the new action item, or null
     */
    @Transactional
    public Long addDecision(long id, int version, DecisionDraft draft) {
        FollowUpFacts followUp = manageable(id, version);
        Checks found = checks.checkDecision(draft);
        found.require(followUp.status() != FollowUpStatus.CANCELLED, "text", "followUp.error.cancelled");
        if (draft.isCreateItem() && draft.getAreaId() != null) {
            found.require(agreements.agreementOfArea(draft.getAreaId()).filter(a -> a == followUp.agreementId())
                    .isPresent(), "areaId", "followUp.error.area");
        }
        found.throwIfAny();
        Long itemId = draft.isCreateItem() ? createItem(draft, followUp) : null;
        followUps.insertDecision(id, draft.getText(), itemId);
        ConcurrentChangeException.requireOneRow(followUps.touch(id, version));
        audit.record(AuditRecord.of(AuditAction.DECISION, FollowUpService.ENTITY, id, followUp.title())
                .agreement(followUp.agreementId()).actionItem(itemId)
                .change("followUp.decision", null, draft.getText())
                .change("followUp.decisionItem", null, itemId));
        return itemId;
    }

    private long createItem(DecisionDraft decision, FollowUpFacts followUp) {
        ActionItemDraft item = actionPlans.newDraft(decision.getAreaId());
        item.setTitle(decision.getItemTitle());
        item.setDescription(decision.getText());
        // the decision is why the work is new
        item.setNewWorkJustification(MailTexts.get(access.user().preferredLanguage(), "decision.justification",
                followUp.title(), followUp.date().toString()));
        item.setResponsiblePersonId(decision.getResponsiblePersonId());
        // the work starts with the meeting that decided it (unless that is after the due date the decision set)
        if (decision.getDueDate() == null || !followUp.date().isAfter(decision.getDueDate())) {
            item.setStartDate(followUp.date());
        }
        item.setDueDate(decision.getDueDate());
        try {
            return actionPlans.createItem(item);
        } catch (ValidationException e) {
            // the action plan's fields, in the decision form's names
            throw new ValidationException(e.errors().stream().map(error -> new FieldError(switch (error.field()) {
                case "title" -> "itemTitle";
                case "description" -> "text";
                case "responsiblePersonId", "dueDate", "areaId" -> error.field();
                case null, default -> null;
            }, error.messageKey(), error.parameters())).toList());
        }
    }

    @Transactional
    public void removeDecision(long id, int version, long decisionId) {
        FollowUpFacts followUp = manageable(id, version);
        Decision decision = followUps.decision(id, decisionId).orElseThrow(ConcurrentChangeException::new);
        ConcurrentChangeException.requireOneRow(followUps.deleteDecision(decisionId));
        ConcurrentChangeException.requireOneRow(followUps.touch(id, version));
        audit.record(AuditRecord.of(AuditAction.DECISION_REMOVE, FollowUpService.ENTITY, id, followUp.title())
                .agreement(followUp.agreementId()).change("followUp.decision", decision.text(), null));
    }
}
