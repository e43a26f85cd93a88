package se.samverkan.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.actionplan.ActionItemStatus.ONGOING;
import static se.samverkan.db.Tables.MAIL_OUTBOX;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import jakarta.mail.internet.MimeMessage;
import se.samverkan.db.tables.records.MailOutboxRecord;

/**
 * Delivery survives an SMTP outage (retries with back-off until the server is back; gives up after the limit, and an
 * administrator can send again), and two dispatchers working at once never send the same mail twice.
 */
class DeliveryTest extends ReminderTestBase {

    private static final ReminderMoment DUE_TODAY = new ReminderMoment(ReminderKind.REPORT_DUE, DAY);

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    MailComposer composer;

    @Autowired
    OutboxService outbox;

    @Autowired
    ReminderProperties properties;

    private MailOutboxRecord mail(String recipient) {
        return dsl.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.RECIPIENT.eq(recipient)).fetchSingle();
    }

    private LocalDateTime utcNow() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    @Test
    void mailsWaitOutAnSmtpOutageAndGoOutOnceWhenTheServerIsBack() {
        ReminderFixture f = fixture();
        long anna = f.person("anna");
        f.item("Trygghetsvandring", anna, null, DAY.plusDays(20), ONGOING);
        long followUp = followUp(f, "Kvartalsuppföljning", DAY.plusDays(10), DAY.plusDays(3));
        at(DAY, 7, 0);
        jobs.queueMoment(followUp, DUE_TODAY);

        smtp.stop();
        jobs.sendDue();
        MailOutboxRecord failed = mail(f.email("anna"));
        assertThat(failed.getStatus()).isEqualTo("PENDING");
        assertThat(failed.getAttempts()).isEqualTo(1);
        assertThat(failed.getLastError()).isNotBlank();
        assertThat(failed.getNextAttemptAt()).isEqualTo(utcNow().plus(properties.retryDelay()));

        jobs.sendDue();
        assertThat(mail(f.email("anna")).getAttempts()).as("not before the back-off has passed").isEqualTo(1);

        clock.advance(properties.retryDelay());
        jobs.sendDue();
        MailOutboxRecord again = mail(f.email("anna"));
        assertThat(again.getAttempts()).isEqualTo(2);
        assertThat(again.getNextAttemptAt()).as("the wait doubles").isEqualTo(utcNow().plus(
                properties.retryDelay().multipliedBy(2)));

        smtp.start();
        clock.advance(properties.retryDelay().multipliedBy(2));
        jobs.sendDue();
        MailOutboxRecord sent = mail(f.email("anna"));
        assertThat(sent.getStatus()).isEqualTo("SENT");
        assertThat(sent.getAttempts()).isEqualTo(3);
        assertThat(sent.getLastError()).isNull();
        List<MimeMessage> received = mailsTo(f.email("anna"));
        assertThat(received).hasSize(1);
        assertThat(messageId(received.getFirst())).isEqualTo(sent.getMessageId());

        jobs.sendDue();
        assertThat(mailsTo(f.email("anna"))).hasSize(1);
    }

    @Test
    @WithUserDetails(value = "admin", userDetailsServiceBeanName = "accountService")
    void afterTheLastAttemptAMailIsFailedUntilAnAdministratorSendsItAgain() {
        ReminderFixture f = fixture();
        long anna = f.person("anna");
        f.item("Trygghetsvandring", anna, null, DAY.plusDays(20), ONGOING);
        long followUp = followUp(f, "Kvartalsuppföljning", DAY.plusDays(10), DAY.plusDays(3));
        at(DAY, 7, 0);
        jobs.queueMoment(followUp, DUE_TODAY);

        smtp.stop();
        for (int attempt = 1; attempt <= properties.maxAttempts(); attempt++) {
            jobs.sendDue();
            clock.advance(properties.maxRetryDelay());
        }
        MailOutboxRecord failed = mail(f.email("anna"));
        assertThat(failed.getStatus()).isEqualTo("FAILED");
        assertThat(failed.getAttempts()).isEqualTo(properties.maxAttempts());
        assertThat(outbox.findMails(new OutboxFilter(MailStatus.FAILED, f.tag), 0, 10)).extracting(OutboxMail::id)
                .containsExactly(failed.getId());

        smtp.start();
        jobs.sendDue();
        assertThat(mailsTo(f.email("anna"))).as("failed mails are not retried on their own").isEmpty();

        outbox.resend(failed.getId(), failed.getVersion());
        jobs.sendDue();
        assertThat(mail(f.email("anna")).getStatus()).isEqualTo("SENT");
        List<MimeMessage> received = mailsTo(f.email("anna"));
        assertThat(received).hasSize(1);
        assertThat(messageId(received.getFirst())).as("the same mail, the same Message-ID")
                .isEqualTo(failed.getMessageId());
    }

    @Test
    void twoDispatchersAtOnceSendEveryMailExactlyOnce() throws Exception {
        ReminderFixture f = fixture();
        at(DAY, 7, 0);
        int people = 150;
        for (int i = 0; i < people; i++) {
            long person = f.person("p" + i);
            f.item("Åtgärd " + i, person, null, DAY.plusDays(20), ONGOING);
        }
        long followUp = followUp(f, "Stor uppföljning", DAY.plusDays(10), DAY.plusDays(3));
        assertThat(jobs.queueMoment(followUp, DUE_TODAY)).isEqualTo(people);
        assertThat(composer.composeDue()).isEqualTo(people);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<CompletableFuture<Integer>> nodes = new ArrayList<>();
            for (String node : List.of("node-a", "node-b")) {
                nodes.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return dispatcher.deliverDue(node);
                }, pool));
            }
            start.countDown();
            int sent = 0;
            for (CompletableFuture<Integer> node : nodes) {
                sent += node.get(120, TimeUnit.SECONDS);
            }
            assertThat(sent).isEqualTo(people);
        } finally {
            pool.shutdownNow();
        }

        List<MimeMessage> received = smtp.receivedMessages().stream()
                .filter(m -> subject(m).contains(f.tag)).toList();
        Set<String> ids = new HashSet<>();
        received.forEach(m -> ids.add(messageId(m)));
        assertThat(received).as("mails received").hasSize(people);
        assertThat(ids).as("distinct Message-IDs").hasSize(people);
        assertThat(dsl.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.STATUS.eq("SENT").and(MAIL_OUTBOX.ATTEMPTS.eq(1))))
                .isEqualTo(people);
    }
}
