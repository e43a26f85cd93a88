package se.samverkan.followup;

import static se.samverkan.db.Tables.CALENDAR_FEED;
import static se.samverkan.db.Tables.PERSON;
import static se.samverkan.db.Tables.USER_ACCOUNT;

import java.time.LocalDateTime;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Calendar feeds: the hash of each person's secret feed token. */
@Repository
class CalendarFeedRepository {

    private final DSLContext dsl;

    CalendarFeedRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Replaces the person's feed token (an old link stops working). */
    void save(long personId, String tokenHash, LocalDateTime nowUtc) {
        dsl.insertInto(CALENDAR_FEED).set(CALENDAR_FEED.PERSON_ID, personId)
                .set(CALENDAR_FEED.TOKEN_HASH, tokenHash).set(CALENDAR_FEED.CREATED_AT, nowUtc)
                .onDuplicateKeyUpdate()
                .set(CALENDAR_FEED.TOKEN_HASH, tokenHash).set(CALENDAR_FEED.CREATED_AT, nowUtc)
                .execute();
    }

    int delete(long personId) {
        return dsl.deleteFrom(CALENDAR_FEED).where(CALENDAR_FEED.PERSON_ID.eq(personId)).execute();
    }

    Optional<LocalDateTime> createdAt(long personId) {
        return dsl.select(CALENDAR_FEED.CREATED_AT).from(CALENDAR_FEED).where(CALENDAR_FEED.PERSON_ID.eq(personId))
                .fetchOptional(r -> r.value1());
    }

    /** The active person (and their organisation) the token belongs to. */
    Optional<FeedOwner> owner(String tokenHash) {
        return dsl.select(PERSON.ID, PERSON.ORGANISATION_ID, PERSON.DISPLAY_NAME).from(CALENDAR_FEED)
                .join(PERSON).on(PERSON.ID.eq(CALENDAR_FEED.PERSON_ID))
                .where(CALENDAR_FEED.TOKEN_HASH.eq(tokenHash)).and(PERSON.ACTIVE.isTrue())
                // the link belongs to an account: it stops working while that account is disabled
                .andExists(DSL.selectOne().from(USER_ACCOUNT).where(USER_ACCOUNT.PERSON_ID.eq(PERSON.ID))
                        .and(USER_ACCOUNT.ENABLED.isTrue()))
                .fetchOptional(r -> new FeedOwner(r.value1(), r.value2(), r.value3()));
    }

    record FeedOwner(long personId, long organisationId, String name) {
    }
}
