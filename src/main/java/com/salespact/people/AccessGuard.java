package com.salespact.people;

import com.salespact.security.CurrentUser;
import com.salespact.security.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Row-level checks used by every service that returns or changes a person's data. */
@Component
public class AccessGuard {

    private final CurrentUser currentUser;
    private final PersonRepository people;

    AccessGuard(CurrentUser currentUser, PersonRepository people) {
        this.currentUser = currentUser;
        this.people = people;
    }

    public SignedInUser user() {
        return currentUser.require();
    }

    public DataScope scope() {
        return DataScope.of(user());
    }

    /** @throws AccessDeniedException unless the signed-in person may see (and change) data owned by this person */
    public void checkOwner(long ownerPersonId) {
        DataScope scope = scope();
        if (scope.isAll() || (scope.personId() != null && scope.personId() == ownerPersonId)) {
            return;
        }
        Long ownerTeam = people.findById(ownerPersonId).map(Person::getTeamId).orElse(null);
        if (!scope.allows(ownerPersonId, ownerTeam)) {
            throw new AccessDeniedException("Not your data");
        }
    }

    /** @throws AccessDeniedException unless the signed-in person may see every team's figures at once (admins) */
    public void checkCompany() {
        if (!user().isAdmin()) {
            throw new AccessDeniedException("Not the whole company");
        }
    }

    /** @throws AccessDeniedException unless the signed-in person may see this team */
    public void checkTeam(long teamId) {
        SignedInUser user = user();
        if (!user.isAdmin() && !Long.valueOf(teamId).equals(user.teamId())) {
            throw new AccessDeniedException("Not your team");
        }
    }
}
