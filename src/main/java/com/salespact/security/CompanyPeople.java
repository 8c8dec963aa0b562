package com.salespact.security;

/**
 * What company sign-in needs from whoever keeps people: a new person for a first sign-in, a role that follows the
 * provider. Declared here and
 * implemented by the people feature, so security does not depend on people (decision 003, 026).
 */
public interface CompanyPeople {

    /**
     * Creates the person in the caller's transaction. A waiting person is inactive and the admins are told.
     * @return the new person's id
     */
    long create(Newcomer newcomer);

    /**
     * Sets a known, active person's role from the provider's claims (roles follow the provider), in the caller's
     * transaction. A new rep keeps their team, else joins {@code teamId}; the last active admin is never demoted.
     * @param teamId the team the claims map to, for a person who becomes a rep; may be null
     */
    RoleFollowed followRole(long personId, Role role, Long teamId, String repStyle);

    /** What became of a role the provider's claims give. */
    enum RoleFollowed {
        UNCHANGED,
        CHANGED,
        /** Not demoted: nobody else is an active admin. */
        LAST_ADMIN_KEPT,
        /** Not made a rep: neither their own team nor the claims give one. */
        NO_TEAM
    }

    /**
     * Someone signing in for the first time.
     * @param username a wish (from the provider's preferred username or the e-mail); made unique by the keeper
     * @param teamId the team a rep joins; null when none could be mapped
     * @param repStyle HUNTER or FARMER for a rep
     */
    record Newcomer(String fullName, String username, String email, Role role, Long teamId, String repStyle,
                    boolean waiting) {
    }
}
