package com.salespact.security;

/** What a signed-in person may do. Spring authorities are {@code ROLE_<name>}. */
public enum Role {
    ADMIN, MANAGER, REP;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Names for {@code @RolesAllowed}/{@code @PreAuthorize}. */
    public static final String ADMIN_NAME = "ADMIN";
    public static final String MANAGER_NAME = "MANAGER";
    public static final String REP_NAME = "REP";
}
