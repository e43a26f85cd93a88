package se.samverkan.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One change to be written to the audit log: what was done ({@code action}) to which thing ({@code entityType} and
 * id, with a readable label), in the context of which action item or agreement, and each field's value before and
 * after. Field names are message keys of the field's label (e.g. {@code actionItem.title}), so the history reads in
 * the user's language; values of enums carry the message-key prefix of their texts.
 */
public final class AuditRecord {

    /** A field's value before and after; {@code valueKeyPrefix} makes enum values translatable. */
    public record Change(String field, String valueKeyPrefix, String before, String after) {
    }

    private final String action;
    private final String entityType;
    private final Long entityId;
    private final String entityLabel;
    private Long actionItemId;
    private Long agreementId;
    private final List<Change> changes = new ArrayList<>();

    private AuditRecord(String action, String entityType, Long entityId, String entityLabel) {
        this.action = Objects.requireNonNull(action);
        this.entityType = Objects.requireNonNull(entityType);
        this.entityId = entityId;
        this.entityLabel = entityLabel;
    }

    public static AuditRecord of(AuditAction action, String entityType, Long entityId, String entityLabel) {
        return new AuditRecord(action.name(), entityType, entityId, entityLabel);
    }

    public AuditRecord actionItem(Long id) {
        this.actionItemId = id;
        return this;
    }

    public AuditRecord agreement(Long id) {
        this.agreementId = id;
        return this;
    }

    /** Records the field when its value changed (or always, on creation, where before is null). */
    public AuditRecord change(String field, Object before, Object after) {
        return change(field, null, before, after);
    }

    public AuditRecord change(String field, String valueKeyPrefix, Object before, Object after) {
        String b = text(before);
        String a = text(after);
        if (!Objects.equals(b, a)) {
            changes.add(new Change(field, valueKeyPrefix, b, a));
        }
        return this;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        String text = value.toString();
        return text.isEmpty() ? null : text;
    }

    public boolean hasChanges() {
        return !changes.isEmpty();
    }

    public String action() {
        return action;
    }

    public String entityType() {
        return entityType;
    }

    public Long entityId() {
        return entityId;
    }

    public String entityLabel() {
        return entityLabel;
    }

    public Long actionItemId() {
        return actionItemId;
    }

    public Long agreementId() {
        return agreementId;
    }

    public List<Change> changes() {
        return List.copyOf(changes);
    }
}
