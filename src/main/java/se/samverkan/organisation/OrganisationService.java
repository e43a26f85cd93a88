package se.samverkan.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations of both agencies and the people in them: reference data every signed-in user may read, and the
 * hierarchy that permissions follow.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class OrganisationService {

    private final OrganisationRepository organisations;

    OrganisationService(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    public List<OrganisationRef> findOrganisations() {
        return organisations.all();
    }

    public boolean organisationExists(long id) {
        return organisations.exists(id);
    }

    /** The organisation with everything below and above it. */
    public OrganisationReach reach(long organisationId) {
        return new OrganisationReach(organisationId, organisations.selfAndBelow(organisationId),
                organisations.selfAndAbove(organisationId));
    }

    /** People, optionally only in the given organisations and only active ones, by name. */
    public List<PersonRef> findPeople(String filter, Collection<Long> organisationIds, boolean activeOnly, int offset,
            int limit) {
        return organisations.people(filter, organisationIds, activeOnly, offset, limit);
    }

    public int countPeople(String filter, Collection<Long> organisationIds, boolean activeOnly) {
        return organisations.countPeople(filter, organisationIds, activeOnly);
    }

    public Optional<PersonRef> findPerson(long id) {
        return organisations.person(id);
    }
}
