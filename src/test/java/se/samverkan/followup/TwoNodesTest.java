package se.samverkan.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.samverkan.actionplan.ActionItemStatus.ONGOING;
import static se.samverkan.db.Tables.MAIL_OUTBOX;
import static se.samverkan.db.Tables.REMINDER;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

import jakarta.mail.internet.MimeMessage;

/**
 * Two application nodes on one database, both running the reminder jobs from the clustered job store: every reminder
 * is queued once and every mail sent once.
 */
class TwoNodesTest extends ReminderTestBase {

    private static final ReminderMoment DUE_TODAY = new ReminderMoment(ReminderKind.REPORT_DUE, DAY);

    @Autowired
    ApplicationContext context;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void twoSchedulersOnOneDatabaseSendEveryReminderExactlyOnce() throws Exception {
        ReminderFixture f = fixture();
        List<Long> followUpIds = new ArrayList<>();
        int perFollowUp = 15;
        for (int n = 0; n < 3; n++) {
            for (int i = 0; i < perFollowUp; i++) {
                long person = f.person("n" + n + "p" + i);
                f.item("Åtgärd " + n + "/" + i, person, null, DAY.plusDays(20), ONGOING);
            }
        }
        // three follow-ups of the same agreement: each reaches all 45 people, whose mails merge into one each
        for (int n = 0; n < 3; n++) {
            followUpIds.add(followUp(f, "Uppföljning " + n, DAY.plusDays(10 + n), DAY.plusDays(3)));
        }
        int people = 3 * perFollowUp;
        at(DAY, 7, 0);

        try (SecondNode second = new SecondNode(context, dataSource, transactions, scheduler)) {
            second.start();
            Instant now = Instant.now();
            for (long id : followUpIds) {
                // each moment's trigger due right now, and the same moments once more through the other node
                scheduler.scheduleJob(ReminderTriggers.trigger(id, DUE_TODAY, now));
                second.scheduler().scheduleJob(ReminderTriggers.trigger(id, new ReminderMoment(
                        ReminderKind.REPORT_DUE, DAY), now).getTriggerBuilder().withIdentity("again", "test-" + id)
                        .build());
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> idle(scheduler, second.scheduler())
                    && dsl.fetchCount(REMINDER) == 3 * people);

            for (int round = 0; round < 3; round++) {
                scheduler.triggerJob(ReminderTriggers.SEND_JOB);
                second.scheduler().triggerJob(ReminderTriggers.SEND_JOB);
            }
            await().atMost(Duration.ofSeconds(120)).until(() -> idle(scheduler, second.scheduler())
                    && dsl.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.STATUS.eq("SENT")) == people);
            assertThat(second.scheduler().getMetaData().getNumberOfJobsExecuted()).isPositive();
        }

        List<MimeMessage> received = smtp.receivedMessages();
        Set<String> ids = new HashSet<>();
        Set<String> recipients = new HashSet<>();
        for (MimeMessage message : received) {
            ids.add(messageId(message));
            recipients.add(message.getAllRecipients()[0].toString());
        }
        assertThat(received).as("mails").hasSize(people);
        assertThat(ids).as("distinct Message-IDs").hasSize(people);
        assertThat(recipients).as("distinct recipients").hasSize(people);
        assertThat(dsl.fetchCount(MAIL_OUTBOX)).isEqualTo(people);
        assertThat(dsl.fetchCount(REMINDER, REMINDER.STATUS.eq("MAILED"))).isEqualTo(3 * people);
    }

    /** Neither node runs a job, and no trigger but the paused regular one waits. */
    private static boolean idle(Scheduler... nodes) throws SchedulerException {
        for (Scheduler node : nodes) {
            if (!node.getCurrentlyExecutingJobs().isEmpty()) {
                return false;
            }
        }
        Scheduler any = nodes[0];
        return any.getTriggersOfJob(ReminderTriggers.SEND_JOB).size() == 1
                && any.getTriggersOfJob(ReminderTriggers.QUEUE_JOB).stream()
                        .noneMatch(t -> t.getKey().getGroup().startsWith("test-")
                                || t.getNextFireTime() != null && t.getNextFireTime().before(new java.util.Date()));
    }
}
