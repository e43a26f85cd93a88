package se.samverkan.consultation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import jakarta.validation.Validator;
import se.samverkan.base.validation.BeanChecks;
import se.samverkan.base.validation.Checks;
import se.samverkan.base.validation.Texts;
import se.samverkan.organisation.OrganisationService;

/**
 * The rules rounds, answers and remarks must meet before they are saved: the form's constraints once more, and the
 * rules that span fields and tables. Cleans the texts first (trimmed, composed, blank as none).
 */
@Component
class ConsultationChecks {

    private final Validator validator;
    private final OrganisationService organisations;
    private final RemarkRepository remarks;
    private final ConsultationAccess access;

    ConsultationChecks(Validator validator, OrganisationService organisations, RemarkRepository remarks,
            ConsultationAccess access) {
        this.validator = validator;
        this.organisations = organisations;
        this.remarks = remarks;
        this.access = access;
    }

    /** {@code answered}: the bodies that have answered already, which must stay on the round. */
    void checkRound(RoundDraft d, Set<Long> answered) {
        d.setTitle(Texts.clean(d.getTitle()));
        d.setSentBy(Texts.clean(d.getSentBy()));
        d.setDiaryNumber(Texts.clean(d.getDiaryNumber()));
        d.setDescription(Texts.clean(d.getDescription()));
        Checks checks = new Checks().addAll(BeanChecks.of(validator, d));
        if (d.getSentOn() != null && d.getDueOn() != null && d.getDueOn().isBefore(d.getSentOn())) {
            checks.add("dueOn", "consultation.error.dueBeforeSent");
        }
        if (d.getBodyIds().isEmpty()) {
            checks.add("bodyIds", "consultation.error.noBodies");
        } else if (d.getBodyIds().stream().anyMatch(id -> id == null || !organisations.organisationExists(id))) {
            checks.add("bodyIds", "consultation.error.organisation");
        }
        if (!d.getBodyIds().containsAll(answered)) {
            checks.add("bodyIds", "consultation.error.bodyHasAnswered");
        }
        checks.throwIfAny();
    }

    /** {@code bodies}: the bodies asked in the answer's round; {@code sentOn}: when the round was sent. */
    void checkAnswer(AnswerDraft d, Set<Long> bodies, LocalDate sentOn) {
        d.setParagraph(Texts.clean(d.getParagraph()));
        d.setDiaryNumber(Texts.clean(d.getDiaryNumber()));
        d.setDecisionPoints(Texts.clean(d.getDecisionPoints()));
        d.setStatement(Texts.clean(d.getStatement()));
        d.setSummary(Texts.clean(d.getSummary()));
        d.getStatements().removeIf(line -> line != null && Texts.clean(line.getMembers()) == null
                && Texts.clean(line.getText()) == null);
        for (StatementLine line : d.getStatements()) {
            if (line != null) {
                line.setMembers(Texts.clean(line.getMembers()));
                line.setText(Texts.clean(line.getText()));
            }
        }
        if (d.getDecisionPoints() != null) {
            d.setDecisionPoints(String.join("\n", d.decisionPointList()));
        }
        Checks checks = new Checks().addAll(BeanChecks.of(validator, d));
        if (d.getStatements().contains(null)) {
            checks.add("statements", "consultation.error.statement");
        }
        if (d.getOrganisationId() != null && !bodies.contains(d.getOrganisationId())) {
            checks.add("organisationId", "consultation.error.notAsked");
        }
        if (d.decisionPointList().size() > AnswerDraft.POINTS_MAX) {
            checks.add("decisionPoints", "consultation.error.tooManyPoints", AnswerDraft.POINTS_MAX);
        }
        LocalDate answered = d.getAnsweredOn();
        if (answered != null && sentOn != null && answered.isBefore(sentOn)) {
            checks.add("answeredOn", "consultation.error.answerBeforeSent");
        }
        if (answered != null && d.getDecisionDate() != null && d.getDecisionDate().isAfter(answered)) {
            checks.add("decisionDate", "consultation.error.decisionAfterAnswer");
        }
        if (d.getStatementDate() != null && d.getStatement() == null) {
            checks.add("statement", "consultation.error.statementDateWithoutText");
        }
        if (d.getStatementDate() != null && d.getDecisionDate() != null
                && d.getStatementDate().isAfter(d.getDecisionDate())) {
            checks.add("statementDate", "consultation.error.statementAfterDecision");
        }
        checks.throwIfAny();
    }

    /** {@code previousTags}: the tags the remark has now (a tag since retired may stay). */
    void checkRemark(RemarkDraft d, Set<Long> previousTags) {
        d.setText(Texts.clean(d.getText()));
        d.setHandlingComment(Texts.clean(d.getHandlingComment()));
        Checks checks = new Checks().addAll(BeanChecks.of(validator, d));
        Set<Long> added = new HashSet<>(d.getTagIds());
        added.removeAll(previousTags);
        if (added.contains(null) || (!added.isEmpty() && !remarks.activeTagsAmong(added).containsAll(added))) {
            checks.add("tagIds", "consultation.error.tag");
        }
        Handling handling = d.getHandling();
        if (handling != null) {
            if (handling.needsReason() && d.getHandlingComment() == null) {
                checks.add("handlingComment", handling == Handling.NOT_ACCEPTED ? "consultation.error.reasonRequired"
                        : "consultation.error.partReasonRequired");
            }
            if (handling.needsLink() && !d.hasLinks()) {
                checks.add("links", "consultation.error.linkRequired");
            }
            if (!handling.allowsLinks() && d.hasLinks()) {
                checks.add("links", "consultation.error.linksNotAllowed");
            }
        }
        checkLinks(d, checks);
        checks.throwIfAny();
    }

    /** Every link points at something that exists, in an agreement the user reads. */
    private void checkLinks(RemarkDraft d, Checks checks) {
        boolean ok = d.getAgreementIds().stream().allMatch(id -> id != null && access.canRead(id))
                && d.getAreaIds().stream().allMatch(id -> id != null && access.canReadArea(id))
                && d.getActionItemIds().stream().allMatch(id -> id != null
                        && remarks.agreementOfItem(id).map(access::canRead).orElse(false));
        if (!ok && !checks.hasErrorFor("links")) {
            checks.add("links", "consultation.error.link");
        }
    }
}
