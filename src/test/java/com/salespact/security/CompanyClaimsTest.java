package com.salespact.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The claim mapping of company sign-in, without Spring: what each provider's claims turn into. */
class CompanyClaimsTest {

    private static SignInSettings.Oidc mapping() {
        SignInSettings.Oidc mapping = new SignInSettings.Oidc();
        mapping.setRoles(Map.of(Role.ADMIN, List.of("sales-admins"), Role.MANAGER, List.of("sales-managers")));
        mapping.setTeamClaim("department");
        mapping.setTeams(Map.of("sales-north", "North"));
        return mapping;
    }

    @Test
    void theStrongestMappedRoleWinsInAnyCaseElseTheDefault() {
        assertThat(new CompanyClaims(Map.of("groups", List.of("Sales-Managers", "sales-admins")), mapping()).role())
                .contains(Role.ADMIN);
        assertThat(new CompanyClaims(Map.of("groups", "sales-managers"), mapping()).role()).contains(Role.MANAGER);
        assertThat(new CompanyClaims(Map.of("groups", List.of("everyone")), mapping()).role()).contains(Role.REP);
        assertThat(new CompanyClaims(Map.of(), mapping()).role()).contains(Role.REP);
    }

    @Test
    void withNoDefaultRoleClaimsThatMatchNothingGiveNoRole() {
        SignInSettings.Oidc mapping = mapping();
        mapping.setDefaultRole(SignInSettings.DefaultRole.NONE);
        assertThat(new CompanyClaims(Map.of("groups", List.of("everyone")), mapping).role()).isEmpty();
        assertThat(new CompanyClaims(Map.of(), mapping).role()).isEmpty();
        assertThat(new CompanyClaims(Map.of("groups", "sales-managers"), mapping).role()).contains(Role.MANAGER);
    }

    @Test
    void keycloaksNestedRealmRolesAreReadByADottedPath() {
        SignInSettings.Oidc mapping = mapping();
        mapping.setRoleClaim("realm_access.roles");
        assertThat(new CompanyClaims(Map.of("realm_access", Map.of("roles", List.of("offline_access", "sales-admins"))),
                mapping).role()).contains(Role.ADMIN);
    }

    @Test
    void teamsComeThroughTheMapOrByTheirOwnNameThenTheDefault() {
        SignInSettings.Oidc mapping = mapping();
        mapping.setDefaultTeam("South");
        assertThat(new CompanyClaims(Map.of("department", "SALES-NORTH"), mapping).teamNames())
                .containsExactly("North", "South");
        assertThat(new CompanyClaims(Map.of("department", "West"), mapping).teamNames()).containsExactly("West", "South");
    }

    @Test
    void namesAndUsernamesAreMadeFromWhatTheProviderGives() {
        CompanyClaims entra = new CompanyClaims(Map.of("given_name", "Zoë", "family_name", "Åberg",
                "preferred_username", "Zoe.Aberg@Contoso.onmicrosoft.com", "email", "zoe@contoso.com"), mapping());
        assertThat(entra.fullName()).isEqualTo("Zoë Åberg");
        assertThat(entra.usernameWish()).isEqualTo("zoe.aberg");
        assertThat(new CompanyClaims(Map.of("sub", "x", "email", "o'neil+sales@contoso.com"), mapping()).usernameWish())
                .isEqualTo("o.neil.sales");
    }

    @Test
    void emailVerifiedIsFalseOnlyWhenTheProviderSaysSo() {
        assertThat(new CompanyClaims(Map.of("email", "a@b.example"), mapping()).emailVerified()).isTrue();
        assertThat(new CompanyClaims(Map.of("email_verified", false), mapping()).emailVerified()).isFalse();
        assertThat(new CompanyClaims(Map.of("email_verified", "false"), mapping()).emailVerified()).isFalse();
    }

    @Test
    void newcomersCanBeLimitedToTheCompanysEmailDomains() {
        SignInSettings.Oidc mapping = mapping();
        assertThat(new CompanyClaims(Map.of("email", "x@gmail.com"), mapping).fromAllowedDomain()).isTrue();
        mapping.setAllowedEmailDomains(List.of(" Contoso.com "));
        assertThat(new CompanyClaims(Map.of("email", "x@CONTOSO.COM"), mapping).fromAllowedDomain()).isTrue();
        assertThat(new CompanyClaims(Map.of("email", "x@gmail.com"), mapping).fromAllowedDomain()).isFalse();
        assertThat(new CompanyClaims(Map.of("sub", "no-email"), mapping).fromAllowedDomain()).isFalse();
    }
}
