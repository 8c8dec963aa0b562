package com.salespact.security;

import com.salespact.security.query.CompanySignInQuery;
import com.salespact.security.query.CompanySignInQuery.WaitingPerson;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's side of company sign-in: who waits for approval, and the answer. Approving also activates the person,
 * which the people feature does ({@code PeopleService.approve}); this only records the answer on the identity.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class CompanySignInService {

    private final CompanyIdentityRepository identities;
    private final CompanySignInQuery query;

    CompanySignInService(CompanyIdentityRepository identities, CompanySignInQuery query) {
        this.identities = identities;
        this.query = query;
    }

    @Transactional(readOnly = true)
    public List<WaitingPerson> waiting() {
        return query.waiting();
    }

    /** Records an admin's answer to a person waiting after a first company sign-in; nothing when none waits. */
    public void settle(long personId, boolean approved) {
        identities.findByPersonId(personId).forEach(identity -> identity.settle(approved));
    }
}
