package com.salespact.people;

/** A team as lists and pickers show it. */
public record TeamSummary(long id, String name, Long managerId) {

    static TeamSummary of(Team team) {
        return new TeamSummary(team.getId(), team.getName(), team.getManagerId());
    }
}
