package se.samverkan.base.security;

/**
 * A principal from another way of signing in (single sign-on) that already knows the account it stands for; the
 * security setup puts that {@link SignedInUser} in the session instead, so that every session has the same principal.
 */
public interface SignedInPrincipal {

    SignedInUser signedInUser();
}
