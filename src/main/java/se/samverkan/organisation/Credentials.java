package se.samverkan.organisation;

/** An account's password hash and state, for checking a password; never leaves the feature. */
record Credentials(long accountId, String username, String passwordHash, boolean enabled) {

    @Override
    public String toString() {
        return "Credentials[" + username + "]";
    }
}
