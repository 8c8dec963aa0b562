package com.salespact.security;

import com.salespact.security.query.CompanySignInQuery;
import com.salespact.security.query.LoginQuery.LoginAccount;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Roles follow the provider ({@code salespact.sign-in.oidc.roles-follow-provider}, decision 026): at each company
 * sign-in a known person's role is set again by the claim mapping that gives a newcomer theirs
 * ({@link CompanyClaims#role()}). Off (the default), roles are the admins', in SalesPact.
 */
@Component
class ProviderRoles {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderRoles.class);

    private final CompanyPeople people;
    private final CompanySignInQuery query;
    private final SignInSettings settings;

    ProviderRoles(CompanyPeople people, CompanySignInQuery query, SignInSettings settings) {
        this.people = people;
        this.query = query;
        this.settings = settings;
    }

    /**
     * Sets the person's role from the claims, in the sign-in's transaction.
     * @return why the person is refused ("no-role", "no-team"), or empty: they sign in (with the role they have now)
     */
    Optional<String> follow(LoginAccount person, CompanyClaims claims) {
        if (!settings.getOidc().isRolesFollowProvider()) {
            return Optional.empty();
        }
        Optional<Role> claimed = claims.role();
        if (claimed.isEmpty()) {
            return Optional.of("no-role");
        }
        Role role = claimed.get();
        if (role.name().equals(person.role())) {
            return Optional.empty();
        }
        Long teamId = role == Role.REP ? query.firstTeam(claims.teamNames()).orElse(null) : null;
        switch (people.followRole(person.id(), role, teamId, settings.getOidc().getRepStyle())) {
            case CHANGED -> LOG.info("Company sign-in: person {} is {} now (was {}), as the provider's claims say",
                    person.id(), role, person.role());
            case LAST_ADMIN_KEPT -> LOG.warn("Company sign-in: person {} stays ADMIN although the provider's claims "
                    + "give {}: the last active admin is never demoted", person.id(), role);
            case NO_TEAM -> {
                return Optional.of("no-team");
            }
            case UNCHANGED -> {
                // Changed meanwhile by somebody else: nothing to do.
            }
        }
        return Optional.empty();
    }
}
