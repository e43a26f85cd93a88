package se.samverkan.organisation;

import se.samverkan.base.security.SignedInUser;

/** How a password sign-in ended. The reasons for a refusal never reach the user: they all read the same. */
public sealed interface SignInResult {

    record SignedIn(SignedInUser user) implements SignInResult {
    }

    /** Wrong username or password, or a disabled account. */
    record Refused() implements SignInResult {
    }

    /** Too many failures: the password was not even looked at. */
    record Blocked() implements SignInResult {
    }
}
