package se.samverkan.audit;

import java.time.LocalDateTime;

/** A sign-in, failed sign-in or lock of an account, as its owner sees it: when, what, and from which address. */
public record SignInEvent(LocalDateTime occurredAt, AuditAction action, String clientAddress) {
}
