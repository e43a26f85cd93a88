package se.samverkan.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.db.Tables.AUDIT_EVENT;
import static se.samverkan.db.Tables.FOLLOW_UP;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

import se.samverkan.base.validation.FieldError;
import se.samverkan.base.validation.ValidationException;

/**
 * Managers create, move and cancel follow-ups; each change replaces or removes the follow-up's reminder triggers in
 * the scheduler's tables, in the same transaction.
 */
@WithUserDetails(value = "chef", userDetailsServiceBeanName = "accountService")
class FollowUpServiceTest extends ReminderTestBase {

    @Autowired
    FollowUpService service;

    @Autowired
    TransactionTemplate transaction;

    private FollowUpDraft draft(ReminderFixture f, LocalDate date, LocalDate deadline) {
        FollowUpDraft draft = service.newDraft(f.agreementId);
        draft.setTitle("Uppföljning " + f.tag);
        draft.setDate(date);
        draft.setStartTime(LocalTime.of(13, 0));
        draft.setReportDeadline(deadline);
        return draft;
    }

    private static Instant at7(LocalDate day) {
        return ZonedDateTime.of(day, LocalTime.of(7, 0), STOCKHOLM).toInstant();
    }

    private List<ScheduledReminder> triggersOf(long id) {
        return service.scheduledReminders(id);
    }

    @Test
    void creatingAFollowUpSchedulesItsRemindersAndMovingItReschedulesThem() {
        ReminderFixture f = fixture();
        at(DAY.minusDays(20), 10, 0);
        long id = service.create(draft(f, DAY.plusDays(10), DAY.plusDays(3)));

        assertThat(triggersOf(id)).containsExactly(
                new ScheduledReminder(ReminderKind.REPORT_DUE, DAY.minusDays(11), at7(DAY.minusDays(11))),
                new ScheduledReminder(ReminderKind.REPORT_DUE, DAY, at7(DAY)),
                new ScheduledReminder(ReminderKind.REPORTS_MISSING, DAY.plusDays(4), at7(DAY.plusDays(4))));

        FollowUpDraft moved = service.editDraft(id);
        moved.setDate(DAY.plusDays(17));
        moved.setReportDeadline(DAY.plusDays(10));
        service.update(id, moved, EditScope.ONE);

        assertThat(triggersOf(id)).extracting(ScheduledReminder::dueOn)
                .containsExactly(DAY.minusDays(4), DAY.plusDays(7), DAY.plusDays(11));
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ENTITY_TYPE.eq("FOLLOW_UP")
                .and(AUDIT_EVENT.ENTITY_ID.eq(id)))).isEqualTo(2);
    }

    @Test
    void momentsAlreadyPastGetNoTrigger() {
        ReminderFixture f = fixture();
        at(DAY, 8, 0);
        long id = service.create(draft(f, DAY.plusDays(10), DAY.plusDays(3)));
        assertThat(triggersOf(id)).extracting(ScheduledReminder::kind).containsExactly(ReminderKind.REPORTS_MISSING);
    }

    @Test
    void cancellingRemovesTheTriggers() {
        ReminderFixture f = fixture();
        at(DAY.minusDays(20), 10, 0);
        long id = service.create(draft(f, DAY.plusDays(10), DAY.plusDays(3)));
        assertThat(triggersOf(id)).hasSize(3);

        service.cancel(id, service.editDraft(id).getVersion(), EditScope.ONE);

        assertThat(triggersOf(id)).isEmpty();
        assertThat(service.findFollowUp(id).orElseThrow().status()).isEqualTo(FollowUpStatus.CANCELLED);
    }

    @Test
    void aChangeThatIsRolledBackLeavesTheTriggersAsTheyWere() {
        ReminderFixture f = fixture();
        at(DAY.minusDays(20), 10, 0);
        long id = service.create(draft(f, DAY.plusDays(10), DAY.plusDays(3)));
        List<ScheduledReminder> before = triggersOf(id);

        transaction.executeWithoutResult(status -> {
            FollowUpDraft moved = service.editDraft(id);
            moved.setDate(DAY.plusDays(30));
            moved.setReportDeadline(DAY.plusDays(20));
            service.update(id, moved, EditScope.ONE);
            assertThat(triggersOf(id)).as("inside the transaction").isNotEqualTo(before);
            status.setRollbackOnly();
        });
        assertThat(triggersOf(id)).isEqualTo(before);
        assertThat(dsl.fetchValue(FOLLOW_UP.SCHEDULED_ON, FOLLOW_UP.ID.eq(id))).isEqualTo(DAY.plusDays(10));

        transaction.executeWithoutResult(status -> {
            service.cancel(id, service.editDraft(id).getVersion(), EditScope.ONE);
            status.setRollbackOnly();
        });
        assertThat(triggersOf(id)).isEqualTo(before);
    }

    @Test
    void aSeriesIsCreatedAndMovedOrCancelledFromOneOccurrenceOn() {
        ReminderFixture f = fixture();
        at(DAY.minusDays(20), 10, 0);
        FollowUpDraft series = draft(f, DAY.plusDays(10), DAY.plusDays(3));
        series.setRecurrence(Recurrence.QUARTERLY);
        series.setRepeatUntil(DAY.plusDays(10).plusMonths(9));
        long first = service.create(series);

        List<FollowUpSummary> all = service.findFollowUps(new FollowUpFilter(f.agreementId, true), 0, 10);
        assertThat(all).extracting(FollowUpSummary::date).containsExactly(DAY.plusDays(10),
                DAY.plusDays(10).plusMonths(3), DAY.plusDays(10).plusMonths(6), DAY.plusDays(10).plusMonths(9));
        assertThat(all).extracting(FollowUpSummary::seriesId).containsOnly(all.getFirst().seriesId()).doesNotContainNull();
        long second = all.get(1).id();

        FollowUpDraft moved = service.editDraft(second);
        moved.setDate(moved.getDate().plusDays(7));
        moved.setReportDeadline(moved.getReportDeadline().plusDays(7));
        moved.setPlace("Polishuset");
        service.update(second, moved, EditScope.SERIES);

        all = service.findFollowUps(new FollowUpFilter(f.agreementId, true), 0, 10);
        assertThat(all).extracting(FollowUpSummary::date).containsExactly(DAY.plusDays(10),
                DAY.plusDays(10).plusMonths(3).plusDays(7), DAY.plusDays(10).plusMonths(6).plusDays(7),
                DAY.plusDays(10).plusMonths(9).plusDays(7));
        assertThat(all).extracting(FollowUpSummary::place).containsExactly(null, "Polishuset", "Polishuset",
                "Polishuset");
        assertThat(triggersOf(all.get(3).id()).getFirst().dueOn())
                .isEqualTo(DAY.plusDays(10).plusMonths(9).plusDays(7).minusDays(7).minusDays(14));

        service.cancel(second, service.editDraft(second).getVersion(), EditScope.SERIES);
        all = service.findFollowUps(new FollowUpFilter(f.agreementId, true), 0, 10);
        assertThat(all).extracting(FollowUpSummary::status).containsExactly(FollowUpStatus.SCHEDULED,
                FollowUpStatus.CANCELLED, FollowUpStatus.CANCELLED, FollowUpStatus.CANCELLED);
        assertThat(triggersOf(first)).hasSize(3);
        assertThat(triggersOf(all.get(2).id())).isEmpty();
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsSaved() {
        ReminderFixture f = fixture();
        at(DAY, 10, 0);
        FollowUpDraft bad = draft(f, DAY.minusDays(1), DAY);
        bad.setMeetingUrl("javascript:alert(1)");
        bad.setTitle("Möte om 19811218-9876");

        assertThatThrownBy(() -> service.create(bad)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field, FieldError::messageKey).contains(
                        org.assertj.core.groups.Tuple.tuple("date", "followUp.error.past"),
                        org.assertj.core.groups.Tuple.tuple("reportDeadline", "followUp.error.deadlineAfterDate"),
                        org.assertj.core.groups.Tuple.tuple("meetingUrl", "followUp.error.url"),
                        org.assertj.core.groups.Tuple.tuple("title", "validation.personalIdentityNumber")));
        assertThat(dsl.fetchCount(FOLLOW_UP, FOLLOW_UP.AGREEMENT_ID.eq(f.agreementId))).isZero();
    }

    @Test
    void aStaleVersionIsAConflict() {
        ReminderFixture f = fixture();
        at(DAY.minusDays(20), 10, 0);
        long id = service.create(draft(f, DAY.plusDays(10), DAY.plusDays(3)));
        FollowUpDraft mine = service.editDraft(id);
        FollowUpDraft theirs = service.editDraft(id);
        theirs.setPlace("Annat rum");
        service.update(id, theirs, EditScope.ONE);

        mine.setPlace("Mitt rum");
        assertThatThrownBy(() -> service.update(id, mine, EditScope.ONE))
                .isInstanceOf(se.samverkan.base.db.ConcurrentChangeException.class);
    }

    @Test
    @WithUserDetails(value = "stad", userDetailsServiceBeanName = "accountService")
    void coordinatorsReadButDoNotCreateFollowUps() {
        long cityWide = dsl.fetchValue(se.samverkan.db.Tables.AGREEMENT.ID,
                se.samverkan.db.Tables.AGREEMENT.DIARY_NUMBER.eq("KS 2019/656"));
        assertThat(service.canCreateFollowUps()).isFalse();
        FollowUpDraft draft = new FollowUpDraft();
        draft.setAgreementId(cityWide);
        draft.setTitle("Otillåten");
        draft.setDate(LocalDate.now(clock).plusDays(10));
        draft.setReportDeadline(LocalDate.now(clock).plusDays(3));
        assertThatThrownBy(() -> service.create(draft)).isInstanceOf(AccessDeniedException.class);
        assertThat(service.findFollowUps(new FollowUpFilter(cityWide, false), 0, 10)).isNotEmpty()
                .allSatisfy(s -> assertThat(s.agreementId()).isEqualTo(cityWide));
    }

    @Test
    @WithUserDetails(value = "insyn", userDetailsServiceBeanName = "accountService")
    void followUpsOfAgreementsOneDoesNotReadStayHidden() {
        ReminderFixture f = fixture();
        long id = followUp(f, "Dold", DAY.plusDays(10), DAY.plusDays(3));
        assertThat(service.findFollowUp(id)).isEmpty();
        assertThat(service.countFollowUps(new FollowUpFilter(f.agreementId, true))).isZero();
    }
}
