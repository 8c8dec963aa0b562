package com.salespact.people;

import com.salespact.security.Role;
import com.salespact.security.SignedInUser;

/**
 * Whose rows the signed-in person may see: admins everything, a manager their team, a rep only their own.
 * Queries take {@link #personId()} / {@link #teamId()} as filters; null means "no restriction".
 */
public record DataScope(Role role, Long personId, Long teamId) {

    public static DataScope of(SignedInUser user) {
        return switch (user.role()) {
            case ADMIN -> new DataScope(Role.ADMIN, null, null);
            // A manager without a team sees nobody's data rather than everybody's.
            case MANAGER -> new DataScope(Role.MANAGER, null, user.teamId() == null ? -1L : user.teamId());
            case REP -> new DataScope(Role.REP, user.personId(), null);
            case DISPLAY -> new DataScope(Role.DISPLAY, null, user.teamId());
        };
    }

    public boolean isAll() {
        return personId == null && teamId == null;
    }

    public boolean allows(long ownerPersonId, Long ownerTeamId) {
        if (personId != null) {
            return personId == ownerPersonId;
        }
        return teamId == null || teamId.equals(ownerTeamId);
    }
}
