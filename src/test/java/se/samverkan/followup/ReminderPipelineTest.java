package se.samverkan.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.actionplan.ActionItemStatus.COMPLETED;
import static se.samverkan.actionplan.ActionItemStatus.ONGOING;
import static se.samverkan.db.Tables.MAIL_OUTBOX;
import static se.samverkan.db.Tables.REMINDER;
import static se.samverkan.db.Tables.REMINDER_PREFERENCE;

import java.util.List;

import org.junit.jupiter.api.Test;

import jakarta.mail.internet.MimeMessage;

/** Queued reminders become mails: to the right people, with the right content, once, merged and in their language. */
class ReminderPipelineTest extends ReminderTestBase {

    private static final ReminderMoment DUE_TODAY = new ReminderMoment(ReminderKind.REPORT_DUE, DAY);

    @Test
    void theResponsibleAndDeputyOfUnreportedItemsGetOneMailEachInTheirLanguageWithLinks() {
        ReminderFixture f = fixture();
        long anna = f.person("anna");
        f.account(anna, "en", "COORDINATOR");
        long bo = f.person("bo");
        long cecilia = f.person("cecilia");
        long dan = f.person("dan");
        long open = f.item("Trygghetsvandring", anna, bo, DAY.plusDays(20), ONGOING);
        long reported = f.item("Lägesbild", cecilia, null, DAY.plusDays(30), ONGOING);
        f.report(reported, cecilia, DAY.minusDays(2));
        f.item("Klar åtgärd", dan, null, DAY.minusDays(10), COMPLETED);
        long followUp = followUp(f, "Kvartalsuppföljning", DAY.plusDays(10), DAY.plusDays(3));
        at(DAY, 7, 0);

        assertThat(jobs.queueMoment(followUp, DUE_TODAY)).isEqualTo(2);
        jobs.sendDue();

        List<MimeMessage> toAnna = mailsTo(f.email("anna"));
        assertThat(toAnna).hasSize(1);
        MimeMessage english = toAnna.getFirst();
        assertThat(subject(english)).isEqualTo("Reminder: progress report before Kvartalsuppföljning " + f.tag + " "
                + DAY.plusDays(10));
        String text = part(english, "text/plain");
        assertThat(text).startsWith("Hello anna " + f.tag)
                .contains(f.itemTitle("Trygghetsvandring") + " (due " + DAY.plusDays(20) + ")")
                .contains("http://localhost:8080/action-items/" + open)
                .contains("http://localhost:8080/follow-ups/" + followUp)
                .contains("Report by " + DAY.plusDays(3))
                .contains("because you are responsible for or deputy on")
                .contains("http://localhost:8080/profile/reminders")
                .doesNotContain(f.itemTitle("Lägesbild")).doesNotContain(f.itemTitle("Klar åtgärd"));
        String html = part(english, "text/html");
        assertThat(html).contains("<html lang=\"en\">")
                .contains("<a href=\"http://localhost:8080/action-items/" + open + "\">")
                .contains(f.itemTitle("Trygghetsvandring"));
        assertThat(messageId(english)).isEqualTo(dsl.select(MAIL_OUTBOX.MESSAGE_ID).from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.RECIPIENT.eq(f.email("anna"))).fetchSingle().value1());

        List<MimeMessage> toBo = mailsTo(f.email("bo"));
        assertThat(toBo).hasSize(1);
        assertThat(subject(toBo.getFirst())).startsWith("Påminnelse: lägesrapport inför Kvartalsuppföljning");
        assertThat(part(toBo.getFirst(), "text/plain")).startsWith("Hej bo " + f.tag)
                .contains("ansvarig eller ersättare").contains("Du har inget konto i Samverkan");

        assertThat(mailsTo(f.email("cecilia"))).as("who has reported is not reminded").isEmpty();
        assertThat(mailsTo(f.email("dan"))).as("a completed item needs no report").isEmpty();

        // the same moment again (a second node, a retried job): nothing new is queued or sent
        assertThat(jobs.queueMoment(followUp, DUE_TODAY)).isZero();
        jobs.sendDue();
        assertThat(smtp.receivedMessages()).hasSize(2);
    }

    @Test
    void aReportMadeAfterTheReminderWasQueuedCallsItOff() {
        ReminderFixture f = fixture();
        long anna = f.person("anna");
        long item = f.item("Belysning", anna, null, DAY.plusDays(20), ONGOING);
        long followUp = followUp(f, "Avstämning", DAY.plusDays(10), DAY.plusDays(3));
        at(DAY, 7, 0);
        assertThat(jobs.queueMoment(followUp, DUE_TODAY)).isEqualTo(1);

        f.report(item, anna, DAY);
        jobs.sendDue();

        assertThat(mailsTo(f.email("anna"))).isEmpty();
        assertThat(dsl.fetchValue(REMINDER.STATUS, REMINDER.PERSON_ID.eq(anna))).isEqualTo("DROPPED");
    }

    @Test
    void digestReadersGetOneMailOnMondayMorningAndSingleReadersRightAway() {
        ReminderFixture f = fixture();
        long anna = f.person("anna");
        long bo = f.person("bo");
        dsl.insertInto(REMINDER_PREFERENCE).set(REMINDER_PREFERENCE.PERSON_ID, anna)
                .set(REMINDER_PREFERENCE.MODE, "DIGEST").execute();
        f.item("Trygghetsvandring", anna, bo, DAY.plusDays(20), ONGOING);
        f.item("Föräldravandring", anna, null, DAY.plusDays(25), ONGOING);
        long first = followUp(f, "Kvartalsuppföljning", DAY.plusDays(10), DAY.plusDays(3));
        long second = followUp(f, "Extra avstämning", DAY.plusDays(12), DAY.plusDays(4));

        at(DAY, 7, 0);
        jobs.queueMoment(first, DUE_TODAY);
        jobs.sendDue();
        assertThat(mailsTo(f.email("bo"))).as("single mails go out at once").hasSize(1);
        assertThat(mailsTo(f.email("anna"))).as("digest readers wait for Monday").isEmpty();

        at(DAY.plusDays(1), 7, 0);
        jobs.queueMoment(second, new ReminderMoment(ReminderKind.REPORT_DUE, DAY.plusDays(1)));
        jobs.sendDue();
        at(DAY.plusDays(5), 6, 59);
        jobs.sendDue();
        assertThat(mailsTo(f.email("anna"))).as("not before Monday morning").isEmpty();

        at(DAY.plusDays(5), 7, 0);
        assertThat(DAY.plusDays(5).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
        jobs.sendDue();
        List<MimeMessage> digest = mailsTo(f.email("anna"));
        assertThat(digest).hasSize(1);
        assertThat(subject(digest.getFirst())).isEqualTo("Veckans påminnelser: Kvartalsuppföljning " + f.tag
                + ", Extra avstämning " + f.tag);
        assertThat(part(digest.getFirst(), "text/plain")).contains("veckans sammanfattning")
                .contains(f.itemTitle("Trygghetsvandring")).contains(f.itemTitle("Föräldravandring"))
                .contains("en sammanfattning varje måndag");

        jobs.sendDue();
        assertThat(mailsTo(f.email("anna"))).as("one digest a week").hasSize(1);
    }

    @Test
    void remindersOfOneDayAreMergedIntoOneMailAndALaterOneWaitsForTomorrow() {
        ReminderFixture f = fixture();
        long anna = f.person("anna");
        f.item("Trygghetsvandring", anna, null, DAY.plusDays(20), ONGOING);
        long first = followUp(f, "Kvartalsuppföljning", DAY.plusDays(10), DAY.plusDays(3));
        long second = followUp(f, "Extra avstämning", DAY.plusDays(10), DAY.plusDays(3));
        long third = followUp(f, "Styrgrupp", DAY.plusDays(11), DAY.plusDays(3));
        at(DAY, 7, 0);

        jobs.queueMoment(first, DUE_TODAY);
        jobs.queueMoment(second, DUE_TODAY);
        jobs.sendDue();
        List<MimeMessage> mails = mailsTo(f.email("anna"));
        assertThat(mails).hasSize(1);
        assertThat(subject(mails.getFirst())).isEqualTo("Påminnelser inför uppföljningar: Kvartalsuppföljning "
                + f.tag + ", Extra avstämning " + f.tag);
        assertThat(part(mails.getFirst(), "text/plain")).contains("/follow-ups/" + first)
                .contains("/follow-ups/" + second);

        at(DAY, 9, 0);
        jobs.queueMoment(third, DUE_TODAY);
        jobs.sendDue();
        assertThat(mailsTo(f.email("anna"))).as("at most one mail a day").hasSize(1);

        at(DAY.plusDays(1), 7, 0);
        jobs.sendDue();
        mails = mailsTo(f.email("anna"));
        assertThat(mails).hasSize(2);
        assertThat(subject(mails.get(1))).contains("Styrgrupp " + f.tag);
    }

    @Test
    void managersHearOfMissingReportsTheDayAfterTheDeadline() {
        ReminderFixture f = fixture();
        long anna = f.person("anna");
        long boss = f.person("boss");
        f.account(boss, "en", "MANAGER");
        f.item("Trygghetsvandring", anna, null, DAY.plusDays(20), ONGOING);
        long followUp = followUp(f, "Kvartalsuppföljning", DAY.plusDays(10), DAY.plusDays(3));
        at(DAY.plusDays(4), 7, 0);

        assertThat(jobs.queueMoment(followUp, new ReminderMoment(ReminderKind.REPORT_DUE, DAY)))
                .as("after the deadline the reminder to report is overtaken by the managers' notice").isZero();
        assertThat(jobs.queueMoment(followUp, new ReminderMoment(ReminderKind.REPORTS_MISSING, DAY.plusDays(4))))
                .as("the fixture's manager and the demo's city manager read the agreement").isEqualTo(2);
        jobs.sendDue();

        List<MimeMessage> notice = mailsTo(f.email("boss"));
        assertThat(notice).hasSize(1);
        assertThat(subject(notice.getFirst())).isEqualTo("Missing progress reports before Kvartalsuppföljning "
                + f.tag + " " + DAY.plusDays(10));
        assertThat(part(notice.getFirst(), "text/plain")).contains(f.itemTitle("Trygghetsvandring"))
                .contains("responsible anna " + f.tag).contains("because you are a manager");
        assertThat(mailsTo("chef@stad.example.se")).hasSize(1);
        assertThat(mailsTo(f.email("anna"))).isEmpty();
    }

    @Test
    void momentsThatNoLongerMatterQueueNothing() {
        ReminderFixture f = fixture();
        long anna = f.person("anna");
        f.item("Trygghetsvandring", anna, null, DAY.plusDays(20), ONGOING);
        long followUp = followUp(f, "Kvartalsuppföljning", DAY.plusDays(10), DAY.plusDays(3));

        at(DAY, 7, 0);
        assertThat(jobs.queueMoment(followUp, new ReminderMoment(ReminderKind.REPORT_DUE, DAY.minusDays(11))))
                .as("overtaken by today's reminder").isZero();
        assertThat(jobs.queueMoment(followUp, new ReminderMoment(ReminderKind.REPORT_DUE, DAY.minusDays(1))))
                .as("not a moment of this follow-up").isZero();
        at(DAY.plusDays(11), 7, 0);
        assertThat(jobs.queueMoment(followUp, new ReminderMoment(ReminderKind.REPORTS_MISSING, DAY.plusDays(4))))
                .as("the follow-up has passed").isZero();
        assertThat(dsl.fetchCount(REMINDER)).isZero();
    }
}
