package se.samverkan.audit;

import java.time.LocalDateTime;
import java.util.List;

/** One row of a history: when, who, what, and each field before and after. */
public record AuditEntry(long id, LocalDateTime occurredAt, String actor, String action, String entityType,
        Long entityId, String entityLabel, List<AuditRecord.Change> changes) {
}
