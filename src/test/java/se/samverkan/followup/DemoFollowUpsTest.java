package se.samverkan.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.db.Tables.ACTION_ITEM;
import static se.samverkan.db.Tables.AGREEMENT;
import static se.samverkan.db.Tables.FOLLOW_UP;
import static se.samverkan.db.Tables.PERSON;
import static se.samverkan.db.Tables.PROGRESS_REPORT;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import se.samverkan.actionplan.ActionItemStatus;

/**
 * The demo as a newcomer meets it: an administrator presses "send due reminders now", and the people responsible
 * for the city-wide agreement's unreported items get one mail each, those who have reported get none, and pressing
 * again sends nothing new.
 */
@WithUserDetails(value = "admin", userDetailsServiceBeanName = "accountService")
class DemoFollowUpsTest extends ReminderTestBase {

    @Autowired
    OutboxService outbox;

    @Test
    void sendingDueRemindersNowMailsTheDemoPeopleWhoHaveNotReported() {
        long cityWide = dsl.fetchValue(AGREEMENT.ID, AGREEMENT.DIARY_NUMBER.eq(DemoFollowUps.CITY_WIDE));
        LocalDate today = LocalDate.now(clock);
        LocalDate meeting = dsl.select(DSL.min(FOLLOW_UP.SCHEDULED_ON)).from(FOLLOW_UP)
                .where(FOLLOW_UP.AGREEMENT_ID.eq(cityWide)).and(FOLLOW_UP.SCHEDULED_ON.ge(today)).fetchSingle()
                .value1();
        assertThat(dsl.fetchValue(FOLLOW_UP.REPORT_DEADLINE, FOLLOW_UP.AGREEMENT_ID.eq(cityWide)
                .and(FOLLOW_UP.SCHEDULED_ON.eq(meeting)))).as("reminders three days ahead are due today")
                .isEqualTo(today.plusDays(3));
        LocalDate previous = dsl.select(DSL.max(FOLLOW_UP.SCHEDULED_ON)).from(FOLLOW_UP)
                .where(FOLLOW_UP.AGREEMENT_ID.eq(cityWide)).and(FOLLOW_UP.SCHEDULED_ON.lt(today)).fetchSingle()
                .value1();

        // an oracle in plain SQL: the people on open items of the agreement, and those of them with a report since
        Set<String> onOpenItems = new HashSet<>();
        Set<String> unreported = new HashSet<>();
        dsl.select(PERSON.EMAIL, DSL.max(PROGRESS_REPORT.REPORTED_ON)).from(ACTION_ITEM)
                .join(PERSON).on(PERSON.ID.in(ACTION_ITEM.RESPONSIBLE_PERSON_ID, ACTION_ITEM.DEPUTY_PERSON_ID))
                .leftJoin(PROGRESS_REPORT).on(PROGRESS_REPORT.ACTION_ITEM_ID.eq(ACTION_ITEM.ID))
                .where(ACTION_ITEM.AGREEMENT_ID.eq(cityWide))
                .and(ACTION_ITEM.STATUS.in(ActionItemStatus.OPEN.stream().map(Enum::name).toList()))
                .groupBy(ACTION_ITEM.ID, PERSON.EMAIL)
                .forEach(r -> {
                    onOpenItems.add(r.value1());
                    if (r.value2() == null || !r.value2().isAfter(previous)) {
                        unreported.add(r.value1());
                    }
                });
        Set<String> reportedOnAll = new HashSet<>(onOpenItems);
        reportedOnAll.removeAll(unreported);
        assertThat(reportedOnAll).as("the demo has people who have reported").isNotEmpty();

        SendNowResult first = outbox.sendDueRemindersNow();
        jobs.sendDue();
        Set<String> recipients = smtp.receivedMessages().stream().map(m -> {
            try {
                return m.getAllRecipients()[0].toString();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.toSet());

        assertThat(first.queued()).isEqualTo(unreported.size());
        assertThat(recipients).containsExactlyInAnyOrderElementsOf(unreported)
                .doesNotContainAnyElementsOf(reportedOnAll);
        assertThat(smtp.receivedMessages()).as("one mail each").hasSize(unreported.size());

        SendNowResult again = outbox.sendDueRemindersNow();
        jobs.sendDue();
        assertThat(again.queued()).isZero();
        assertThat(again.composed()).isZero();
        assertThat(smtp.receivedMessages()).hasSize(unreported.size());
    }
}
