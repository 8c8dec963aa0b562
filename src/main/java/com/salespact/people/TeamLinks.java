package com.salespact.people;

/**
 * Where a team's own pages live, for screens that link to them without knowing the feature behind them (the teams
 * list links to a team's chat connections, kept by messaging, which depends on people and not the other way).
 */
public final class TeamLinks {

    /** A team's Slack and Teams connections; {@code ?team=<id>} chooses the team. */
    public static final String CHAT_ROUTE = "team-chat";
    public static final String TEAM = "team";

    private TeamLinks() {
    }

    public static String chat(long teamId) {
        return CHAT_ROUTE + "?" + TEAM + "=" + teamId;
    }
}
