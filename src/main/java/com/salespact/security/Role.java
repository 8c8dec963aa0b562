package com.salespact.security;

/** What a signed-in person may do. Spring authorities are {@code ROLE_<name>}. */
public enum Role {
    ADMIN, MANAGER, REP,
    /** A wall screen reading its team's figures for the length of one call; never a login (see DisplayTokenService). */
    DISPLAY;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Names for {@code @RolesAllowed}/{@code @PreAuthorize}. */
    public static final String ADMIN_NAME = "ADMIN";
    public static final String MANAGER_NAME = "MANAGER";
    public static final String REP_NAME = "REP";
}
