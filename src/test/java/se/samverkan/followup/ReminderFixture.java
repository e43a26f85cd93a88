package se.samverkan.followup;

import static se.samverkan.db.Tables.ACTION_ITEM;
import static se.samverkan.db.Tables.ACTION_PLAN;
import static se.samverkan.db.Tables.AGREEMENT;
import static se.samverkan.db.Tables.AGREEMENT_PARTY;
import static se.samverkan.db.Tables.CALENDAR_FEED;
import static se.samverkan.db.Tables.FOLLOW_UP;
import static se.samverkan.db.Tables.FOLLOW_UP_SERIES;
import static se.samverkan.db.Tables.ORGANISATION;
import static se.samverkan.db.Tables.PERSON;
import static se.samverkan.db.Tables.PRIORITY_AREA;
import static se.samverkan.db.Tables.PROGRESS_REPORT;
import static se.samverkan.db.Tables.REMINDER_PREFERENCE;
import static se.samverkan.db.Tables.USER_ACCOUNT;
import static se.samverkan.db.Tables.USER_ROLE;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;

import se.samverkan.actionplan.ActionItemStatus;

/**
 * A small world of its own for reminder tests: an agreement whose party is an organisation below Stockholms stad (so
 * the demo manager "chef" reads and manages it), one area, a plan, and people and items made to measure. Every name
 * carries a random tag, so fixtures of different tests never meet.
 */
final class ReminderFixture {

    final DSLContext dsl;
    final String tag = UUID.randomUUID().toString().substring(0, 8);
    final long organisationId;
    final long agreementId;
    final long areaId;
    final long planId;

    ReminderFixture(DSLContext dsl) {
        this.dsl = dsl;
        long city = dsl.fetchValue(ORGANISATION.ID, ORGANISATION.NAME.eq("Stockholms stad"));
        organisationId = dsl.insertInto(ORGANISATION).set(ORGANISATION.NAME, "Testförvaltning " + tag)
                .set(ORGANISATION.KIND, "ADMINISTRATION").set(ORGANISATION.AGENCY, "CITY")
                .set(ORGANISATION.PARENT_ID, city).returningResult(ORGANISATION.ID).fetchSingle().value1();
        agreementId = dsl.insertInto(AGREEMENT).set(AGREEMENT.KIND, "LOCAL")
                .set(AGREEMENT.TITLE, "Testöverenskommelse " + tag).set(AGREEMENT.DIARY_NUMBER, "TEST " + tag)
                .set(AGREEMENT.PERIOD_START, LocalDate.of(2020, 1, 1)).set(AGREEMENT.STATUS, "DRAFT")
                .returningResult(AGREEMENT.ID).fetchSingle().value1();
        dsl.insertInto(AGREEMENT_PARTY).set(AGREEMENT_PARTY.AGREEMENT_ID, agreementId)
                .set(AGREEMENT_PARTY.ORGANISATION_ID, organisationId).execute();
        areaId = dsl.insertInto(PRIORITY_AREA).set(PRIORITY_AREA.AGREEMENT_ID, agreementId)
                .set(PRIORITY_AREA.POSITION, 1).set(PRIORITY_AREA.TITLE, "Testområde " + tag)
                .returningResult(PRIORITY_AREA.ID).fetchSingle().value1();
        planId = dsl.insertInto(ACTION_PLAN).set(ACTION_PLAN.AGREEMENT_ID, agreementId)
                .set(ACTION_PLAN.TITLE, "Testplan " + tag).set(ACTION_PLAN.PERIOD_START, LocalDate.of(2020, 1, 1))
                .set(ACTION_PLAN.PERIOD_END, LocalDate.of(2039, 12, 31))
                .returningResult(ACTION_PLAN.ID).fetchSingle().value1();
    }

    String email(String name) {
        return name + "." + tag + "@test.example.se";
    }

    long person(String name) {
        return dsl.insertInto(PERSON).set(PERSON.DISPLAY_NAME, name + " " + tag).set(PERSON.EMAIL, email(name))
                .set(PERSON.ORGANISATION_ID, organisationId).returningResult(PERSON.ID).fetchSingle().value1();
    }

    /** Gives the person an account (password unusable) in the language, with the role. */
    void account(long personId, String language, String role) {
        long id = dsl.insertInto(USER_ACCOUNT).set(USER_ACCOUNT.PERSON_ID, personId)
                .set(USER_ACCOUNT.USERNAME, "t" + tag + personId).set(USER_ACCOUNT.PASSWORD_HASH, "{noop}-")
                .set(USER_ACCOUNT.PREFERRED_LANGUAGE, language)
                .returningResult(USER_ACCOUNT.ID).fetchSingle().value1();
        dsl.insertInto(USER_ROLE).set(USER_ROLE.USER_ACCOUNT_ID, id).set(USER_ROLE.ROLE, role).execute();
    }

    long item(String title, Long responsible, Long deputy, LocalDate due, ActionItemStatus status) {
        return dsl.insertInto(ACTION_ITEM).set(ACTION_ITEM.ACTION_PLAN_ID, planId)
                .set(ACTION_ITEM.AGREEMENT_ID, agreementId).set(ACTION_ITEM.AREA_ID, areaId)
                .set(ACTION_ITEM.TITLE, title + " " + tag).set(ACTION_ITEM.DESCRIPTION, "Beskrivning")
                .set(ACTION_ITEM.LEAD_ORGANISATION_ID, organisationId)
                .set(ACTION_ITEM.RESPONSIBLE_PERSON_ID, responsible).set(ACTION_ITEM.DEPUTY_PERSON_ID, deputy)
                .set(ACTION_ITEM.DUE_DATE, due).set(ACTION_ITEM.STATUS, status.name())
                .set(ACTION_ITEM.PROGRESS, status == ActionItemStatus.COMPLETED ? 100 : 10)
                .returningResult(ACTION_ITEM.ID).fetchSingle().value1();
    }

    void report(long itemId, long authorId, LocalDate on) {
        dsl.insertInto(PROGRESS_REPORT).set(PROGRESS_REPORT.ACTION_ITEM_ID, itemId)
                .set(PROGRESS_REPORT.REPORTED_ON, on).set(PROGRESS_REPORT.AUTHOR_ID, authorId)
                .set(PROGRESS_REPORT.STATUS, "ONGOING").set(PROGRESS_REPORT.PROGRESS, 50)
                .set(PROGRESS_REPORT.SUMMARY, "Läget").execute();
    }

    String itemTitle(String title) {
        return title + " " + tag;
    }

    /**
     * Removes everything the fixture made (the outbox rows are removed by the test base), so that tests counting
     * the demo's rows find them as the demo left them. Audit events stay: the log is append-only.
     */
    void remove(ReminderTriggers triggers) {
        List<Long> followUps = dsl.select(FOLLOW_UP.ID).from(FOLLOW_UP).where(FOLLOW_UP.AGREEMENT_ID.eq(agreementId))
                .fetch(r -> r.value1());
        followUps.forEach(triggers::unschedule);
        List<Long> people = dsl.select(PERSON.ID).from(PERSON).where(PERSON.ORGANISATION_ID.eq(organisationId))
                .fetch(r -> r.value1());
        dsl.deleteFrom(FOLLOW_UP).where(FOLLOW_UP.AGREEMENT_ID.eq(agreementId)).execute();
        dsl.deleteFrom(FOLLOW_UP_SERIES).where(FOLLOW_UP_SERIES.AGREEMENT_ID.eq(agreementId)).execute();
        dsl.deleteFrom(ACTION_ITEM).where(ACTION_ITEM.AGREEMENT_ID.eq(agreementId)).execute();
        dsl.deleteFrom(ACTION_PLAN).where(ACTION_PLAN.AGREEMENT_ID.eq(agreementId)).execute();
        dsl.deleteFrom(AGREEMENT).where(AGREEMENT.ID.eq(agreementId)).execute();
        if (!people.isEmpty()) {
            dsl.deleteFrom(USER_ACCOUNT).where(USER_ACCOUNT.PERSON_ID.in(people)).execute();
            dsl.deleteFrom(REMINDER_PREFERENCE).where(REMINDER_PREFERENCE.PERSON_ID.in(people)).execute();
            dsl.deleteFrom(CALENDAR_FEED).where(CALENDAR_FEED.PERSON_ID.in(people)).execute();
            dsl.deleteFrom(PERSON).where(PERSON.ID.in(people)).execute();
        }
        dsl.deleteFrom(ORGANISATION).where(ORGANISATION.ID.eq(organisationId)).execute();
    }
}
