package se.samverkan.actionplan;

import java.util.Set;

/** What permissions on an item depend on: its agreement, its lead and its co-owners. */
record ItemOwnership(long itemId, long agreementId, long leadOrganisationId, Set<Long> coOwnerIds) {
}
