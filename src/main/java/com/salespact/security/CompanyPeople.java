package com.salespact.security;

/**
 * What company sign-in needs from whoever keeps people: a new person for a first sign-in. Declared here and
 * implemented by the people feature, so security does not depend on people (decision 003, 026).
 */
public interface CompanyPeople {

    /**
     * Creates the person in the caller's transaction. A waiting person is inactive and the admins are told.
     * @return the new person's id
     */
    long create(Newcomer newcomer);

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
