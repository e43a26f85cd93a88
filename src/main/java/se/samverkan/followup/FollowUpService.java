package se.samverkan.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.agreement.AgreementRef;
import se.samverkan.agreement.AgreementService;
import se.samverkan.agreement.AreaOverview;
import se.samverkan.audit.AuditAction;
import se.samverkan.audit.AuditRecord;
import se.samverkan.audit.AuditService;
import se.samverkan.base.db.ConcurrentChangeException;

/**
 * Follow-ups of agreements: finding and reading them (everyone, for the agreements they read), creating, moving and
 * cancelling them, alone or as a series (managers and administrators of the agreement). Every change is audited, and
 * the follow-up's reminder triggers are replaced or removed in the same transaction.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class FollowUpService {

    static final String ENTITY = "FOLLOW_UP";

    private final FollowUpRepository followUps;
    private final FollowUpAccess access;
    private final FollowUpChecks checks;
    private final ReminderTriggers triggers;
    private final AgreementService agreements;
    private final AuditService audit;
    private final FollowUpProperties properties;
    private final Clock clock;

    FollowUpService(FollowUpRepository followUps, FollowUpAccess access, FollowUpChecks checks,
            ReminderTriggers triggers, AgreementService agreements, AuditService audit, FollowUpProperties properties,
            Clock clock) {
        this.followUps = followUps;
        this.access = access;
        this.checks = checks;
        this.triggers = triggers;
        this.agreements = agreements;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    // --- reading ---------------------------------------------------------------------------------------------------

    /** Today, by the application's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The time zone meeting times and reminders are in. */
    public java.time.ZoneId timeZone() {
        return clock.getZone();
    }

    public int countFollowUps(FollowUpFilter filter) {
        return followUps.count(filter, access.readScope(), today());
    }

    /** Upcoming follow-ups first, soonest first; then (when asked for) past ones, latest first. */
    public List<FollowUpSummary> findFollowUps(FollowUpFilter filter, int offset, int limit) {
        return followUps.page(filter, access.readScope(), today(), offset, limit);
    }

    public Optional<FollowUpDetails> findFollowUp(long id) {
        return followUps.details(id).filter(f -> access.canRead(f.agreementId()))
                .map(f -> f.withManageable(access.canManage(f.agreementId())));
    }

    /** The agreements the user may create follow-ups for. */
    public List<AgreementRef> manageableAgreements() {
        return access.manageable();
    }

    public boolean canCreateFollowUps() {
        return !access.manageable().isEmpty();
    }

    public List<AreaOverview> areasOf(long agreementId) {
        return agreements.findAreas(agreementId);
    }

    /** The reminder triggers waiting for the follow-up; for those who manage it. */
    public List<ScheduledReminder> scheduledReminders(long id) {
        FollowUpFacts followUp = followUps.facts(id).orElseThrow(() -> new AccessDeniedException("error.notAllowed"));
        access.requireManage(followUp.agreementId());
        return triggers.scheduled(id);
    }

    // --- forms -----------------------------------------------------------------------------------------------------

    /** A new follow-up a week from today, with the default reporting deadline. */
    public FollowUpDraft newDraft(Long agreementId) {
        FollowUpDraft draft = new FollowUpDraft();
        if (agreementId != null && access.canManage(agreementId)) {
            draft.setAgreementId(agreementId);
        }
        draft.setDate(today().plusWeeks(1));
        draft.setReportDeadline(defaultDeadline(draft.getDate()));
        return draft;
    }

    /** The reporting deadline a follow-up on the date gets unless one is chosen, never before today. */
    public LocalDate defaultDeadline(LocalDate date) {
        LocalDate deadline = date.minusDays(properties.reportDaysBefore());
        return deadline.isBefore(today()) && !date.isBefore(today()) ? today() : deadline;
    }

    public FollowUpDraft editDraft(long id) {
        FollowUpFacts followUp = followUps.facts(id).orElseThrow(() -> new AccessDeniedException("error.notAllowed"));
        access.requireManage(followUp.agreementId());
        return followUps.draft(id).orElseThrow();
    }

    // --- changes ---------------------------------------------------------------------------------------------------

    /**
     * Creates the follow-up, or every occurrence of its series.
     *
     * @return the id of the (first) follow-up
     */
    @Transactional
    public long create(FollowUpDraft draft) {
        if (draft.getAgreementId() == null || !access.canManage(draft.getAgreementId())) {
            throw new AccessDeniedException("error.notAllowed");
        }
        List<LocalDate> dates = checks.check(draft, null, today());
        Long seriesId = dates.size() > 1 ? followUps.insertSeries(draft.getAgreementId(), draft.getRecurrence()) : null;
        long daysBefore = ChronoUnit.DAYS.between(draft.getReportDeadline(), draft.getDate());
        long first = -1;
        for (LocalDate date : dates) {
            long id = followUps.insert(draft, date, date.minusDays(daysBefore), seriesId);
            first = first < 0 ? id : first;
            FollowUpFacts created = followUps.facts(id).orElseThrow();
            triggers.reschedule(created);
            audit.record(describe(AuditRecord.of(AuditAction.CREATE, ENTITY, id, draft.getTitle()), null, created)
                    .change("followUp.organisations", null, sorted(draft.getOrganisationIds()))
                    .change("followUp.people", null, sorted(draft.getPersonIds())));
        }
        return first;
    }

    /**
     * Saves the changes; with {@link EditScope#SERIES}, to every later scheduled occurrence of the series too (each
     * moved by as many days as this one, with the same reporting lead time).
     */
    @Transactional
    public void update(long id, FollowUpDraft draft, EditScope scope) {
        FollowUpFacts before = followUps.facts(id).orElseThrow(ConcurrentChangeException::new);
        access.requireManage(before.agreementId());
        if (before.version() != draft.getVersion()) {
            throw new ConcurrentChangeException();
        }
        draft.setAgreementId(before.agreementId());
        draft.setRecurrence(Recurrence.NONE);
        checks.check(draft, before.date(), today());
        long shift = ChronoUnit.DAYS.between(before.date(), draft.getDate());
        long daysBefore = ChronoUnit.DAYS.between(draft.getReportDeadline(), draft.getDate());
        save(before, draft, draft.getDate(), draft.getReportDeadline());
        if (scope == EditScope.SERIES && before.seriesId() != null) {
            for (FollowUpFacts later : followUps.laterInSeries(before.seriesId(), before.date(), id)) {
                LocalDate date = later.date().plusDays(shift);
                FollowUpDraft copy = followUps.draft(later.id()).orElseThrow();
                copy.setTitle(draft.getTitle());
                copy.setKind(draft.getKind());
                copy.setStartTime(draft.getStartTime());
                copy.setDurationMinutes(draft.getDurationMinutes());
                copy.setPlace(draft.getPlace());
                copy.setMeetingUrl(draft.getMeetingUrl());
                copy.setNotes(draft.getNotes());
                copy.setAreaIds(draft.getAreaIds());
                copy.setOrganisationIds(draft.getOrganisationIds());
                copy.setPersonIds(draft.getPersonIds());
                save(later, copy, date, date.minusDays(daysBefore));
            }
        }
    }

    private void save(FollowUpFacts before, FollowUpDraft draft, LocalDate date, LocalDate deadline) {
        FollowUpDraft participantsBefore = followUps.draft(before.id()).orElseThrow();
        ConcurrentChangeException.requireOneRow(followUps.update(before.id(), before.version(), draft, date,
                deadline));
        FollowUpFacts after = followUps.facts(before.id()).orElseThrow();
        triggers.reschedule(after);
        AuditRecord record = describe(AuditRecord.of(AuditAction.UPDATE, ENTITY, before.id(), after.title()), before,
                after)
                .change("followUp.organisations", sorted(participantsBefore.getOrganisationIds()),
                        sorted(draft.getOrganisationIds()))
                .change("followUp.people", sorted(participantsBefore.getPersonIds()), sorted(draft.getPersonIds()));
        if (record.hasChanges()) {
            audit.record(record);
        }
    }

    /** Calls the follow-up off (with {@link EditScope#SERIES}, every later scheduled one of its series too). */
    @Transactional
    public void cancel(long id, int version, EditScope scope) {
        FollowUpFacts followUp = followUps.facts(id).orElseThrow(ConcurrentChangeException::new);
        access.requireManage(followUp.agreementId());
        if (followUp.version() != version || !followUp.scheduled()) {
            throw new ConcurrentChangeException();
        }
        cancel(followUp);
        if (scope == EditScope.SERIES && followUp.seriesId() != null) {
            followUps.laterInSeries(followUp.seriesId(), followUp.date(), id).forEach(this::cancel);
        }
    }

    private void cancel(FollowUpFacts followUp) {
        ConcurrentChangeException.requireOneRow(followUps.setStatus(followUp.id(), followUp.version(),
                FollowUpStatus.CANCELLED));
        triggers.unschedule(followUp.id());
        audit.record(AuditRecord.of(AuditAction.CANCEL, ENTITY, followUp.id(), followUp.title())
                .agreement(followUp.agreementId())
                .change("followUp.status", "followUp.status.", followUp.status(), FollowUpStatus.CANCELLED));
    }

    static AuditRecord describe(AuditRecord record, FollowUpFacts before, FollowUpFacts after) {
        return record.agreement(after.agreementId())
                .change("followUp.title", before == null ? null : before.title(), after.title())
                .change("followUp.kind", "followUp.kind.", before == null ? null : before.kind(), after.kind())
                .change("followUp.date", before == null ? null : before.date(), after.date())
                .change("followUp.startTime", before == null ? null : before.startTime(), after.startTime())
                .change("followUp.duration", before == null ? null : before.durationMinutes(),
                        after.durationMinutes())
                .change("followUp.place", before == null ? null : before.place(), after.place())
                .change("followUp.meetingUrl", before == null ? null : before.meetingUrl(), after.meetingUrl())
                .change("followUp.reportDeadline", before == null ? null : before.reportDeadline(),
                        after.reportDeadline())
                .change("followUp.notes", before == null ? null : before.notes(), after.notes())
                .change("followUp.areas", before == null ? null : sorted(before.areaIds()), sorted(after.areaIds()));
    }

    /** Ids in order, or nothing for an empty set, as the audit log shows them. */
    private static String sorted(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? null : new java.util.TreeSet<>(ids).toString();
    }
}
