package com.salespact.feedback;

import com.salespact.security.Role;
import java.util.Objects;

/**
 * A person as the feedback rules need them: role, team and who leads that team. For a manager {@code teamId} is the
 * team they lead (so {@code teamManagerId} is themselves); admins have no team.
 */
public record FeedbackPerson(long id, String name, Role role, Long teamId, Long teamManagerId, boolean active) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isRep() {
        return role == Role.REP;
    }

    /** An admin is above everybody else; a manager leads the other members of their team. */
    public boolean manages(FeedbackPerson other) {
        if (other.id == id) {
            return false;
        }
        if (role == Role.ADMIN) {
            return other.role != Role.ADMIN;
        }
        return role == Role.MANAGER && Objects.equals(other.teamManagerId, id);
    }

    public boolean sameTeam(FeedbackPerson other) {
        return teamId != null && teamId.equals(other.teamId);
    }
}
