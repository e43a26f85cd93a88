package se.samverkan.organisation;

import java.util.HashSet;
import java.util.Set;

/**
 * Where an organisation stands in the hierarchy: itself and every organisation below it ({@code below}), and
 * itself and every organisation above it ({@code above}).
 */
public record OrganisationReach(long organisationId, Set<Long> below, Set<Long> above) {

    public OrganisationReach {
        below = Set.copyOf(below);
        above = Set.copyOf(above);
    }

    /** The organisation, everything below it and everything above it. */
    public Set<Long> lineage() {
        Set<Long> all = new HashSet<>(below);
        all.addAll(above);
        return all;
    }

    public boolean isAtOrAbove(long other) {
        return below.contains(other);
    }
}
