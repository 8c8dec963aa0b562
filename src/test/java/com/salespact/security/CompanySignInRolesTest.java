package com.salespact.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Roles follow the provider (salespact.sign-in.oidc.roles-follow-provider, decision 026): at each company sign-in,
 * over real HTTP against the provider in this JVM, the person's role is set again from their groups — promoted,
 * demoted, refused when no group gives a role and there is no default — but the last active admin is never demoted.
 */
@ExtendWith(OutputCaptureExtension.class)
class CompanySignInRolesTest extends CompanySignInContext {

    /** The people these tests change, put back as the demo company has them. */
    private static final List<String> RESTORE = List.of(
            "update person set role = 'ADMIN', rep_style = null where username = 'admin'",
            "update person set role = 'REP', rep_style = 'HUNTER' where username = 'jberg'",
            "update person set role = 'REP', rep_style = 'FARMER' where username in ('ohughes', 'elarsen')");

    @Autowired SignInSettings settings;

    @BeforeEach
    void rolesFollowTheProvider() {
        settings.getOidc().setRolesFollowProvider(true);
    }

    @AfterEach
    void defaults() {
        settings.getOidc().setRolesFollowProvider(false);
        settings.getOidc().setDefaultRole(SignInSettings.DefaultRole.REP);
        RESTORE.forEach(jdbc::update);
    }

    @Test
    void aRepWhoseGroupsNowSayManagerThenAdminIsPromotedAtEachSignIn() throws Exception {
        Map<String, Object> claims = Map.of("email", emailOf("jberg"), "groups", List.of("sales-leads"));
        assertThat(signIn("sub-jonas", claims)).isEqualTo("/");
        assertThat(roleOf("jberg")).isEqualTo("MANAGER");

        assertThat(signIn("sub-jonas", Map.of("email", emailOf("jberg"), "groups", List.of("Sales-Admins"))))
                .isEqualTo("/");
        assertThat(roleOf("jberg")).isEqualTo("ADMIN");
    }

    @Test
    void anAdminNoLongerInTheAdminGroupIsDemotedWhileAnotherAdminIsLeftAndARepKeepsTheirTeam() throws Exception {
        assertThat(signIn("sub-oliver", Map.of("email", emailOf("ohughes"), "groups", List.of("sales-admins"))))
                .isEqualTo("/");
        assertThat(roleOf("ohughes")).isEqualTo("ADMIN");

        assertThat(signIn("sub-oliver", Map.of("email", emailOf("ohughes"), "groups", List.of("sales-managers"))))
                .as("Ada Admin is still an admin").isEqualTo("/");
        assertThat(roleOf("ohughes")).isEqualTo("MANAGER");

        assertThat(signIn("sub-oliver", Map.of("email", emailOf("ohughes"), "groups", List.of("everyone"))))
                .as("no group: the default role").isEqualTo("/");
        assertThat(jdbc.queryForMap("select role, team_id, rep_style from person where username = 'ohughes'"))
                .containsEntry("ROLE", "REP").containsEntry("TEAM_ID", teamId("North"))
                .containsEntry("REP_STYLE", "HUNTER");
    }

    @Test
    void theLastActiveAdminIsNeverDemotedButSignsInWithTheRoleTheyHave(CapturedOutput log) throws Exception {
        assertThat(count("person where role = 'ADMIN' and active = true")).isEqualTo(1);
        assertThat(signIn("sub-ada", Map.of("email", emailOf("admin"), "groups", List.of("sales-managers"))))
                .isEqualTo("/");
        assertThat(roleOf("admin")).isEqualTo("ADMIN");
        assertThat(log.getOut()).contains("stays ADMIN although the provider's claims give MANAGER: the last active "
                + "admin is never demoted");

        // With a second admin, the same claims demote Ada.
        assertThat(signIn("sub-jonas-admin", Map.of("email", emailOf("jberg"), "groups", List.of("sales-admins"))))
                .isEqualTo("/");
        assertThat(signIn("sub-ada", Map.of("email", emailOf("admin"), "groups", List.of("sales-managers"))))
                .isEqualTo("/");
        assertThat(roleOf("admin")).isEqualTo("MANAGER");
    }

    @Test
    void withoutADefaultRoleSomebodyInNoMappedGroupIsRefusedAndKeepsTheirRole() throws Exception {
        settings.getOidc().setDefaultRole(SignInSettings.DefaultRole.NONE);
        assertThat(signIn("sub-emma", Map.of("email", emailOf("elarsen"), "groups", List.of("everyone"))))
                .isEqualTo("/login?refused=no-role");
        assertThat(roleOf("elarsen")).isEqualTo("REP");

        long before = count("person");
        assertThat(signIn("sub-nobody", Map.of("email", "nobody@contoso.example", "groups", List.of("everyone"))))
                .as("a newcomer too").isEqualTo("/login?refused=no-role");
        assertThat(count("person")).isEqualTo(before);
    }

    @Test
    void aManagerTheProviderMakesARepWithNoTeamToJoinIsRefusedUntilTheClaimsNameOne() throws Exception {
        assertThat(signIn("sub-mona", Map.of("email", "mona@contoso.example", "groups", List.of("sales-managers"))))
                .isEqualTo("/");
        long mona = linkedPerson("sub-mona");
        assertThat(jdbc.queryForMap("select role, team_id from person where id = ?", mona))
                .containsEntry("ROLE", "MANAGER").containsEntry("TEAM_ID", null);

        assertThat(signIn("sub-mona", Map.of("email", "mona@contoso.example", "groups", List.of("everyone"))))
                .isEqualTo("/login?refused=no-team");
        assertThat(jdbc.queryForObject("select role from person where id = ?", String.class, mona))
                .isEqualTo("MANAGER");

        assertThat(signIn("sub-mona", Map.of("email", "mona@contoso.example", "department", "sales-north")))
                .isEqualTo("/");
        assertThat(jdbc.queryForMap("select role, team_id, rep_style from person where id = ?", mona))
                .containsEntry("ROLE", "REP").containsEntry("TEAM_ID", teamId("North"))
                .containsEntry("REP_STYLE", "HUNTER");
    }

    @Test
    void withRolesLeftToTheAdminsTheGroupsChangeNobodysRole() throws Exception {
        settings.getOidc().setRolesFollowProvider(false);
        assertThat(signIn("sub-emma-off", Map.of("email", emailOf("elarsen"), "groups", List.of("sales-admins"))))
                .isEqualTo("/");
        assertThat(roleOf("elarsen")).isEqualTo("REP");
    }
}
