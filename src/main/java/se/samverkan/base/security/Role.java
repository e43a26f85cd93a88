package se.samverkan.base.security;

/** What a user may do. The constants are for {@code @RolesAllowed}; Spring Security adds the ROLE_ prefix. */
public enum Role {
    ADMIN, MANAGER, COORDINATOR, VIEWER;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String MANAGER_NAME = "MANAGER";
    public static final String COORDINATOR_NAME = "COORDINATOR";
    public static final String VIEWER_NAME = "VIEWER";

    public String authority() {
        return "ROLE_" + name();
    }
}
