package se.samverkan.organisation;

import static se.samverkan.db.Tables.SIGN_IN_THROTTLE;

import java.time.LocalDateTime;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Failed sign-ins per typed username and per client address, in the database so that every node of the application
 * sees the same counts. Callers run inside a transaction: the row is locked while it is counted up.
 */
@Repository
class SignInThrottleRepository {

    static final String ACCOUNT = "ACCOUNT";
    static final String ADDRESS = "ADDRESS";

    private final DSLContext dsl;

    SignInThrottleRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<ThrottleState> find(String kind, String subject) {
        return dsl.select(SIGN_IN_THROTTLE.FAILURES, SIGN_IN_THROTTLE.LAST_FAILURE_AT, SIGN_IN_THROTTLE.BLOCKED_UNTIL,
                        SIGN_IN_THROTTLE.LOCKED)
                .from(SIGN_IN_THROTTLE)
                .where(SIGN_IN_THROTTLE.SUBJECT_KIND.eq(kind), SIGN_IN_THROTTLE.SUBJECT.eq(subject))
                .fetchOptional(r -> new ThrottleState(r.value1(), r.value2(), r.value3(), Boolean.TRUE.equals(r.value4())));
    }

    /**
     * Counts one more failure under the policy and returns the new state. The row is created if need be and locked
     * for the rest of the transaction, so concurrent failures on several nodes all count.
     */
    ThrottleState recordFailure(String kind, String subject, LocalDateTime now, ThrottlePolicy policy) {
        dsl.insertInto(SIGN_IN_THROTTLE)
                .set(SIGN_IN_THROTTLE.SUBJECT_KIND, kind).set(SIGN_IN_THROTTLE.SUBJECT, subject)
                .set(SIGN_IN_THROTTLE.FAILURES, 0).set(SIGN_IN_THROTTLE.LAST_FAILURE_AT, now)
                .onDuplicateKeyIgnore().execute();
        var current = dsl.select(SIGN_IN_THROTTLE.FAILURES, SIGN_IN_THROTTLE.LAST_FAILURE_AT)
                .from(SIGN_IN_THROTTLE)
                .where(SIGN_IN_THROTTLE.SUBJECT_KIND.eq(kind), SIGN_IN_THROTTLE.SUBJECT.eq(subject))
                .forUpdate().fetchSingle();
        ThrottleState next = policy.afterFailure(current.value1(), current.value2(), now);
        dsl.update(SIGN_IN_THROTTLE)
                .set(SIGN_IN_THROTTLE.FAILURES, next.failures())
                .set(SIGN_IN_THROTTLE.LAST_FAILURE_AT, now)
                .set(SIGN_IN_THROTTLE.BLOCKED_UNTIL, next.blockedUntil())
                .set(SIGN_IN_THROTTLE.LOCKED, next.locked())
                .where(SIGN_IN_THROTTLE.SUBJECT_KIND.eq(kind), SIGN_IN_THROTTLE.SUBJECT.eq(subject))
                .execute();
        return next;
    }

    /** Forgets the failures: after a successful sign-in, or when an administrator unlocks the account. */
    boolean clear(String kind, String subject) {
        return dsl.deleteFrom(SIGN_IN_THROTTLE)
                .where(SIGN_IN_THROTTLE.SUBJECT_KIND.eq(kind), SIGN_IN_THROTTLE.SUBJECT.eq(subject))
                .execute() > 0;
    }

    /** Rows whose last failure is older than the given time and that block nothing any more. */
    int purge(LocalDateTime lastFailureBefore, LocalDateTime now) {
        return dsl.deleteFrom(SIGN_IN_THROTTLE)
                .where(SIGN_IN_THROTTLE.LAST_FAILURE_AT.lt(lastFailureBefore))
                .and(SIGN_IN_THROTTLE.BLOCKED_UNTIL.isNull().or(SIGN_IN_THROTTLE.BLOCKED_UNTIL.lt(now)))
                .execute();
    }
}
