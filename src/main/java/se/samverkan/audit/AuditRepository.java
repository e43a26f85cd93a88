package se.samverkan.audit;

import static se.samverkan.db.Tables.AUDIT_CHANGE;
import static se.samverkan.db.Tables.AUDIT_EVENT;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class AuditRepository {

    private final DSLContext dsl;

    AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insert(AuditRecord record, LocalDateTime at, Long actorAccountId, String actorUsername, String clientAddress) {
        long id = dsl.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.OCCURRED_AT, at)
                .set(AUDIT_EVENT.ACTOR_ACCOUNT_ID, actorAccountId)
                .set(AUDIT_EVENT.ACTOR_USERNAME, actorUsername)
                .set(AUDIT_EVENT.ACTION, record.action())
                .set(AUDIT_EVENT.ENTITY_TYPE, record.entityType())
                .set(AUDIT_EVENT.ENTITY_ID, record.entityId())
                .set(AUDIT_EVENT.ENTITY_LABEL, abbreviate(record.entityLabel(), 250))
                .set(AUDIT_EVENT.ACTION_ITEM_ID, record.actionItemId())
                .set(AUDIT_EVENT.AGREEMENT_ID, record.agreementId())
                .set(AUDIT_EVENT.CLIENT_ADDRESS, clientAddress)
                .returningResult(AUDIT_EVENT.ID)
                .fetchSingle().value1();
        int position = 0;
        for (AuditRecord.Change change : record.changes()) {
            dsl.insertInto(AUDIT_CHANGE)
                    .set(AUDIT_CHANGE.EVENT_ID, id)
                    .set(AUDIT_CHANGE.POSITION, position++)
                    .set(AUDIT_CHANGE.FIELD, change.field())
                    .set(AUDIT_CHANGE.VALUE_KEY_PREFIX, change.valueKeyPrefix())
                    .set(AUDIT_CHANGE.BEFORE_VALUE, change.before())
                    .set(AUDIT_CHANGE.AFTER_VALUE, change.after())
                    .execute();
        }
        return id;
    }

    private static String abbreviate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    int count(Condition where) {
        return dsl.fetchCount(AUDIT_EVENT, where);
    }

    /** Newest first, with their changes, in two queries. */
    List<AuditEntry> page(Condition where, int offset, int limit) {
        Map<Long, AuditEntry> entries = new LinkedHashMap<>();
        Map<Long, List<AuditRecord.Change>> changes = new LinkedHashMap<>();
        dsl.select(AUDIT_EVENT.ID, AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.ACTOR_USERNAME, AUDIT_EVENT.ACTION,
                        AUDIT_EVENT.ENTITY_TYPE, AUDIT_EVENT.ENTITY_ID, AUDIT_EVENT.ENTITY_LABEL)
                .from(AUDIT_EVENT)
                .where(where)
                .orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID.desc())
                .offset(offset).limit(limit)
                .forEach(r -> {
                    List<AuditRecord.Change> list = new ArrayList<>();
                    changes.put(r.value1(), list);
                    entries.put(r.value1(), new AuditEntry(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                            r.value6(), r.value7(), list));
                });
        if (!entries.isEmpty()) {
            dsl.select(AUDIT_CHANGE.EVENT_ID, AUDIT_CHANGE.FIELD, AUDIT_CHANGE.VALUE_KEY_PREFIX,
                            AUDIT_CHANGE.BEFORE_VALUE, AUDIT_CHANGE.AFTER_VALUE)
                    .from(AUDIT_CHANGE)
                    .where(AUDIT_CHANGE.EVENT_ID.in(entries.keySet()))
                    .orderBy(AUDIT_CHANGE.EVENT_ID, AUDIT_CHANGE.POSITION)
                    .forEach(r -> changes.get(r.value1())
                            .add(new AuditRecord.Change(r.value2(), r.value3(), r.value4(), r.value5())));
        }
        return new ArrayList<>(entries.values());
    }

    /** Sign-in events of an account (the account is their entity), newest first. */
    List<SignInEvent> signInEvents(long accountId, int limit) {
        return dsl.select(AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.ACTION, AUDIT_EVENT.CLIENT_ADDRESS)
                .from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ENTITY_TYPE.eq("ACCOUNT"), AUDIT_EVENT.ENTITY_ID.eq(accountId),
                        AUDIT_EVENT.ACTION.in(AuditAction.SIGN_IN.name(), AuditAction.SIGN_IN_FAILURE.name(),
                                AuditAction.SIGN_IN_LOCKED.name()))
                .orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID.desc())
                .limit(limit)
                .fetch(r -> new SignInEvent(r.value1(), AuditAction.valueOf(r.value2()), r.value3()));
    }

    static Condition ofItem(long actionItemId) {
        return AUDIT_EVENT.ACTION_ITEM_ID.eq(actionItemId);
    }

    static Condition ofEntity(String entityType, long entityId) {
        return AUDIT_EVENT.ENTITY_TYPE.eq(entityType).and(AUDIT_EVENT.ENTITY_ID.eq(entityId));
    }

    static Condition ofActor(long accountId) {
        return AUDIT_EVENT.ACTOR_ACCOUNT_ID.eq(accountId);
    }
}
