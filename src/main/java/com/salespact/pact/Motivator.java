package com.salespact.pact;

/** What drives a rep; the pact ranks the ones that matter to them. */
public enum Motivator {
    MONEY, RECOGNITION, CAREER_GROWTH, MASTERY, AUTONOMY, TEAM_SUCCESS, CUSTOMER_IMPACT, COMPETITION, SECURITY,
    WORK_LIFE_BALANCE
}
