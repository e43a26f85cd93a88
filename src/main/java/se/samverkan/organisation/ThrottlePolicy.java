package se.samverkan.organisation;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * How failed sign-ins slow further tries down: the first {@code freeFailures} cost nothing, each one after that makes
 * the next try wait twice as long as before (1 s, 2 s, 4 s, … up to {@code maxDelay}), and at {@code lockAfter}
 * failures the subject is locked for {@code lockDuration}. Failures are forgotten after {@code forgetAfter} without one.
 * A lock that ran out leaves the count where it was: the next failure locks again at once.
 */
record ThrottlePolicy(int freeFailures, int lockAfter, Duration lockDuration, Duration maxDelay, Duration forgetAfter) {

    ThrottlePolicy {
        if (freeFailures < 0 || lockAfter <= freeFailures) {
            throw new IllegalArgumentException("lock-after must be greater than free-failures");
        }
    }

    ThrottleState afterFailure(int failuresBefore, LocalDateTime lastFailureAt, LocalDateTime now) {
        int previous = lastFailureAt != null && lastFailureAt.plus(forgetAfter).isBefore(now) ? 0 : failuresBefore;
        int failures = previous + 1;
        if (failures >= lockAfter) {
            return new ThrottleState(failures, now, now.plus(lockDuration), true);
        }
        if (failures > freeFailures) {
            long seconds = 1L << Math.min(30, failures - freeFailures - 1);
            Duration delay = Duration.ofSeconds(seconds);
            return new ThrottleState(failures, now, now.plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay), false);
        }
        return new ThrottleState(failures, now, null, false);
    }
}
