package se.samverkan.base.security;

/**
 * Whether the signed-in user may read a thing owned by a feature, for shared code (such as the audit log) that must
 * not depend on the features themselves. Implemented by the feature that owns the rule.
 */
public interface ReadAccess {

    boolean canReadActionItem(long actionItemId);
}
