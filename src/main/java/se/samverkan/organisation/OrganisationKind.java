package se.samverkan.organisation;

/**
 * What kind of body an organisation is. Each kind but {@code OTHER} belongs to one agency. The UI names each through
 * {@code organisation.kind.<NAME>}.
 */
public enum OrganisationKind {
    MUNICIPALITY(Agency.CITY), DISTRICT_BOARD(Agency.CITY), ADMINISTRATION(Agency.CITY),
    POLICE_REGION(Agency.POLICE), POLICE_AREA(Agency.POLICE), LOCAL_POLICE_AREA(Agency.POLICE),
    OTHER(null);

    private final Agency agency;

    OrganisationKind(Agency agency) {
        this.agency = agency;
    }

    /** Whether an organisation of this kind may belong to the agency. */
    public boolean fits(Agency candidate) {
        return agency == null || agency == candidate;
    }
}
