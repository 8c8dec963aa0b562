package com.salespact.people;

import com.salespact.security.Role;

/**
 * The one rule that keeps a company able to run SalesPact: the last active admin stays an active admin. Nobody could
 * give the role back from inside the app, so neither the people form (demote, deactivate) nor a company sign-in whose
 * groups changed (decision 026) may take it. The active admins are locked to the end of the transaction, so two
 * admins demoting each other at once cannot both succeed.
 */
final class LastAdmin {

    private LastAdmin() {
    }

    /** Whether {@code stored} is the only active admin; call in a read-write transaction. */
    static boolean is(Person stored, PersonRepository people) {
        return stored.getRole() == Role.ADMIN && stored.isActive()
                && people.lockActive(Role.ADMIN).stream().allMatch(admin -> admin.getId().equals(stored.getId()));
    }

    /** Whether saving {@code changed} over {@code stored} would leave the company without an active admin. */
    static boolean wouldGo(Person stored, Person changed, PersonRepository people) {
        boolean staysAdmin = changed.getRole() == Role.ADMIN && changed.isActive();
        return !staysAdmin && is(stored, people);
    }
}
