package se.samverkan.agreement;

import java.util.Set;

/**
 * The agreements a user may read: all of them (administrators), or those one of whose parties is the user's
 * organisation, an organisation below it, or one above it (a district administration is part of the city that signed
 * the city-wide agreement).
 */
public record AgreementScope(boolean all, Set<Long> agreementIds) {

    public AgreementScope {
        agreementIds = all ? Set.of() : Set.copyOf(agreementIds);
    }

    public static AgreementScope everything() {
        return new AgreementScope(true, Set.of());
    }

    public boolean contains(long agreementId) {
        return all || agreementIds.contains(agreementId);
    }
}
