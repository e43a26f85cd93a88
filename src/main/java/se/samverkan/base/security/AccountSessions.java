package se.samverkan.base.security;

/**
 * Whether a signed-in session still stands for its account as it is now, for the filter that ends sessions of
 * accounts an administrator disabled or changed. Implemented by the accounts feature.
 */
public interface AccountSessions {

    /** False when the account is gone or disabled, or its security stamp moved on since {@code stampAtSignIn}. */
    boolean isCurrent(long accountId, int stampAtSignIn);
}
