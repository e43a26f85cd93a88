package se.samverkan.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.samverkan.actionplan.ActionItemStatus.ONGOING;
import static se.samverkan.db.Tables.REMINDER;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The application is down when reminders fall due. After the restart the missed reminder goes out once, an earlier
 * one it overtook does not, and nothing goes out for a follow-up that has passed meanwhile.
 */
class MisfireTest extends ReminderTestBase {

    @Autowired
    ApplicationContext context;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aReminderMissedWhileDownGoesOutOnceAfterARestartUnlessItsFollowUpHasPassed() throws Exception {
        ReminderFixture f = fixture();
        long anna = f.person("anna");
        f.item("Trygghetsvandring", anna, null, DAY.plusDays(20), ONGOING);
        at(DAY.minusDays(30), 10, 0);
        long upcoming = followUp(f, "Kommande", DAY.plusDays(10), DAY.plusDays(3));
        long passed = followUp(f, "Passerad", DAY.minusDays(2), DAY.minusDays(6));
        triggers.reschedule(followUps.facts(upcoming).orElseThrow());
        triggers.reschedule(followUps.facts(passed).orElseThrow());
        assertThat(triggers.scheduled(upcoming)).hasSize(3);
        assertThat(triggers.scheduled(passed)).hasSize(3);

        // the application goes down; while it is, the calendar reaches DAY 07:30
        scheduler.standby();
        try {
            at(DAY, 7, 30);
            Instant realPast = Instant.now().minus(Duration.ofMinutes(10));
            for (long id : List.of(upcoming, passed)) {
                for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(
                        ReminderTriggers.group(id)))) {
                    Trigger trigger = scheduler.getTrigger(key);
                    // what was due by the (moved) calendar is due by the job store's real clock too: missed
                    if (!trigger.getNextFireTime().toInstant().isAfter(clock.instant())) {
                        scheduler.rescheduleJob(key, trigger.getTriggerBuilder().startAt(Date.from(realPast)).build());
                    }
                }
            }
            assertThat(triggers.scheduled(upcoming)).as("two of its moments were missed").hasSize(3);

            // the restart: a new scheduler instance on the same tables
            try (SecondNode restarted = new SecondNode(context, dataSource, transactions, scheduler)) {
                restarted.start();
                await().atMost(Duration.ofSeconds(60)).until(() -> restarted.scheduler()
                        .getCurrentlyExecutingJobs().isEmpty()
                        && triggers.scheduled(upcoming).size() == 1 && triggers.scheduled(passed).isEmpty());
            }
        } finally {
            scheduler.start();
        }

        assertThat(triggers.scheduled(upcoming)).extracting(ScheduledReminder::kind)
                .containsExactly(ReminderKind.REPORTS_MISSING);
        assertThat(dsl.select(REMINDER.FOLLOW_UP_ID, REMINDER.DUE_ON).from(REMINDER)
                .where(REMINDER.PERSON_ID.eq(anna)).fetch(r -> r.value1() + "/" + r.value2()))
                .as("only the latest missed reminder of the upcoming follow-up")
                .containsExactly(upcoming + "/" + DAY);

        jobs.sendDue();
        assertThat(mailsTo(f.email("anna"))).hasSize(1);
        assertThat(subject(mailsTo(f.email("anna")).getFirst())).contains("Kommande " + f.tag);
    }
}
