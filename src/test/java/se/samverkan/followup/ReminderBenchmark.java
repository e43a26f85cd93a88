package se.samverkan.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.samverkan.db.Tables.ACTION_ITEM;
import static se.samverkan.db.Tables.MAIL_OUTBOX;
import static se.samverkan.db.Tables.PERSON;
import static se.samverkan.db.Tables.REMINDER;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

import jakarta.mail.internet.MimeMessage;

/**
 * Not a test of the build (run it with {@code ./mvnw -Pbench-reminders test}): queues and sends reminders to 10,000
 * recipients ({@code -Dbenchmark.recipients=…} for another number) through the local SMTP server with two Quartz
 * schedulers on one database, and prints mails per second, duplicates and lost mails (both must be 0).
 */
class ReminderBenchmark extends ReminderTestBase {

    private static final int RECIPIENTS = Integer.getInteger("benchmark.recipients", 10_000);

    @Autowired
    ApplicationContext context;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void tenThousandRecipientsThroughTwoSchedulers() throws Exception {
        ReminderFixture f = fixture();
        long setupStart = System.nanoTime();
        for (int from = 0; from < RECIPIENTS; from += 1000) {
            var people = dsl.insertInto(PERSON, PERSON.DISPLAY_NAME, PERSON.EMAIL, PERSON.ORGANISATION_ID);
            for (int i = from; i < Math.min(from + 1000, RECIPIENTS); i++) {
                people = people.values("Mottagare " + i, f.email("m" + i), f.organisationId);
            }
            people.execute();
        }
        List<Long> personIds = dsl.select(PERSON.ID).from(PERSON).where(PERSON.ORGANISATION_ID.eq(f.organisationId))
                .orderBy(PERSON.ID).fetch(r -> r.value1());
        for (int from = 0; from < personIds.size(); from += 1000) {
            var items = dsl.insertInto(ACTION_ITEM, ACTION_ITEM.ACTION_PLAN_ID, ACTION_ITEM.AGREEMENT_ID,
                    ACTION_ITEM.AREA_ID, ACTION_ITEM.TITLE, ACTION_ITEM.DESCRIPTION, ACTION_ITEM.LEAD_ORGANISATION_ID,
                    ACTION_ITEM.RESPONSIBLE_PERSON_ID, ACTION_ITEM.DUE_DATE, ACTION_ITEM.STATUS);
            for (long person : personIds.subList(from, Math.min(from + 1000, personIds.size()))) {
                items = items.values(f.planId, f.agreementId, f.areaId, "Åtgärd " + person, "Beskrivning",
                        f.organisationId, person, DAY.plusDays(20), "ONGOING");
            }
            items.execute();
        }
        long followUp = followUp(f, "Riktmärke", DAY.plusDays(10), DAY.plusDays(3));
        at(DAY, 7, 0);
        double setup = seconds(setupStart);

        Scheduler first = scheduler;
        Map<String, Integer> runs = new HashMap<>();
        double queueing;
        double sending;
        long start = System.nanoTime();
        try (SecondNode node = new SecondNode(context, dataSource, transactions, scheduler)) {
            node.start();
            Scheduler second = node.scheduler();
            // the moment's trigger, due now, fires on whichever node takes it
            first.scheduleJob(ReminderTriggers.trigger(followUp, new ReminderMoment(ReminderKind.REPORT_DUE, DAY),
                    Instant.now()));
            await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(200))
                    .until(() -> dsl.fetchCount(REMINDER, REMINDER.FOLLOW_UP_ID.eq(followUp)) == RECIPIENTS);
            queueing = seconds(start);

            // the dispatcher job, started on both nodes again and again until everything is sent
            long sendStart = System.nanoTime();
            await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
                for (Scheduler node1 : List.of(first, second)) {
                    if (node1.getCurrentlyExecutingJobs().isEmpty()) {
                        node1.triggerJob(ReminderTriggers.SEND_JOB);
                    }
                }
                return dsl.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.STATUS.eq("SENT")) >= RECIPIENTS;
            });
            await().atMost(Duration.ofMinutes(2)).until(() -> first.getCurrentlyExecutingJobs().isEmpty()
                    && second.getCurrentlyExecutingJobs().isEmpty());
            sending = seconds(sendStart);
            runs.put("node 1", first.getMetaData().getNumberOfJobsExecuted());
            runs.put("node 2", second.getMetaData().getNumberOfJobsExecuted());
        }
        double total = seconds(start);

        Set<String> expected = new HashSet<>();
        for (int i = 0; i < RECIPIENTS; i++) {
            expected.add(f.email("m" + i));
        }
        Set<String> messageIds = new HashSet<>();
        Map<String, Integer> perRecipient = new HashMap<>();
        List<MimeMessage> received = smtp.receivedMessages();
        for (MimeMessage message : received) {
            messageIds.add(messageId(message));
            perRecipient.merge(message.getAllRecipients()[0].toString(), 1, Integer::sum);
        }
        int duplicates = received.size() - perRecipient.size() + (received.size() - messageIds.size());
        Set<String> lost = new HashSet<>(expected);
        lost.removeAll(perRecipient.keySet());

        System.out.printf("""

                ===== Reminder benchmark =====
                recipients:          %d
                setup (rows):        %.1f s
                queued in:           %.1f s
                composed and sent:   %.1f s (%.0f mails/s)
                end to end:          %.1f s (%.0f mails/s)
                mails received:      %d
                duplicates:          %d
                lost:                %d
                dispatcher runs:     %s (jobs executed per scheduler, queueing included)
                ==============================
                %n""", RECIPIENTS, setup, queueing, sending, RECIPIENTS / sending, total, RECIPIENTS / total,
                received.size(), duplicates, lost.size(), runs);

        assertThat(duplicates).as("duplicates").isZero();
        assertThat(lost).as("lost").isEmpty();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
