package se.samverkan.organisation;

import java.time.LocalDateTime;

/**
 * Failed sign-ins counted for one username or client address: how many, the last one, and until when further tries
 * are refused without looking at the password ({@code locked} once the count reached the lock threshold).
 */
record ThrottleState(int failures, LocalDateTime lastFailureAt, LocalDateTime blockedUntil, boolean locked) {

    boolean blocksAt(LocalDateTime now) {
        return blockedUntil != null && blockedUntil.isAfter(now);
    }
}
