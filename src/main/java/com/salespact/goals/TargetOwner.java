package com.salespact.goals;

/** Whose target: a rep ({@code personId}) or a team ({@code teamId}), never both. */
public record TargetOwner(Long personId, Long teamId) {

    public TargetOwner {
        if ((personId == null) == (teamId == null)) {
            throw new IllegalArgumentException("A target belongs to a person or a team");
        }
    }

    public static TargetOwner person(long personId) {
        return new TargetOwner(personId, null);
    }

    public static TargetOwner team(long teamId) {
        return new TargetOwner(null, teamId);
    }

    public boolean isTeam() {
        return teamId != null;
    }
}
