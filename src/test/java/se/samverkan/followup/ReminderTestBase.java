package se.samverkan.followup;

import static se.samverkan.db.Tables.MAIL_OUTBOX;
import static se.samverkan.db.Tables.REMINDER;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import se.samverkan.IntegrationTest;
import se.samverkan.MutableClock;
import se.samverkan.base.mail.EmbeddedSmtpServer;

/**
 * What reminder tests share: the application on the test database with its embedded SMTP server (GreenMail), a
 * clock the tests move, an empty outbox at the start of each test, and the dispatcher's regular trigger paused, so
 * that only the test decides when mails are composed and sent.
 */
@IntegrationTest
abstract class ReminderTestBase {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    /** A Wednesday, years ahead of the real clock, so that no trigger of a test fires by itself. */
    static final LocalDate DAY = LocalDate.of(2031, 3, 5);
    static final TriggerKey REGULAR = TriggerKey.triggerKey("send-due-reminders-regularly", "reminders");

    @Autowired
    DSLContext dsl;

    @Autowired
    MutableClock clock;

    @Autowired
    EmbeddedSmtpServer smtp;

    @Autowired
    Scheduler scheduler;

    @Autowired
    ReminderJobs jobs;

    @Autowired
    FollowUpRepository followUps;

    @Autowired
    ReminderTriggers triggers;

    @BeforeEach
    void emptyOutbox() throws SchedulerException, InterruptedException {
        scheduler.pauseTrigger(REGULAR);
        // a firing already under way (the trigger the last test resumed may fire at once) must end before this test
        // starts, or it sends the test's mails from a worker thread while the test looks at them
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (scheduler.getCurrentlyExecutingJobs().stream()
                .anyMatch(job -> job.getJobDetail().getKey().equals(ReminderTriggers.SEND_JOB))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("a send job of an earlier test is still running");
            }
            Thread.sleep(20);
        }
        dsl.deleteFrom(REMINDER).execute();
        dsl.deleteFrom(MAIL_OUTBOX).execute();
        if (!smtp.isRunning()) {
            smtp.start();
        }
        smtp.purge();
    }

    private final List<ReminderFixture> fixtures = new ArrayList<>();

    /** A fixture of its own for the test, removed again after it. */
    ReminderFixture fixture() {
        ReminderFixture fixture = new ReminderFixture(dsl);
        fixtures.add(fixture);
        return fixture;
    }

    @AfterEach
    void restore() throws SchedulerException {
        clock.reset();
        dsl.deleteFrom(REMINDER).execute();
        dsl.deleteFrom(MAIL_OUTBOX).execute();
        fixtures.forEach(fixture -> fixture.remove(triggers));
        fixtures.clear();
        if (!smtp.isRunning()) {
            smtp.start();
        }
        scheduler.resumeTrigger(REGULAR);
    }

    void at(LocalDate day, int hour, int minute) {
        clock.set(ZonedDateTime.of(day, LocalTime.of(hour, minute), STOCKHOLM));
    }

    /** A scheduled follow-up of the fixture's agreement, written directly (no triggers). */
    long followUp(ReminderFixture fixture, String title, LocalDate date, LocalDate deadline) {
        FollowUpDraft draft = new FollowUpDraft();
        draft.setAgreementId(fixture.agreementId);
        draft.setTitle(title + " " + fixture.tag);
        draft.setDate(date);
        draft.setReportDeadline(deadline);
        draft.setPlace("Stadshuset");
        return followUps.insert(draft, date, deadline, null);
    }

    List<MimeMessage> mailsTo(String address) {
        return smtp.receivedMessages().stream().filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body part of the given type ("text/plain" or "text/html"), wherever the multipart nests it. */
    static String part(MimeMessage message, String type) {
        try {
            List<String> found = new ArrayList<>();
            collect(message, type, found);
            if (found.size() != 1) {
                throw new AssertionError("expected one " + type + " part, found " + found.size());
            }
            return found.getFirst();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(Part part, String type, List<String> found) throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            found.add((String) part.getContent());
        } else if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, type, found);
            }
        }
    }
}
