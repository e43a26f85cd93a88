package se.samverkan.organisation;

/**
 * An account just made, or an account whose password was just reset, with the temporary password to hand over: it is
 * shown once and never stored in clear; the user must choose their own at the next sign-in.
 */
public record NewAccount(long accountId, String username, String temporaryPassword) {

    @Override
    public String toString() {
        return "NewAccount[" + username + "]";
    }
}
