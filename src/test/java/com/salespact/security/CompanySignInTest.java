package com.salespact.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.salespact.TestSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import kotlin.jvm.functions.Function0;
import com.salespact.base.RuleViolation;
import com.salespact.people.PeopleService;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 18, point 3: company sign-in against a real OpenID Connect provider in this JVM, through the app's real filter
 * chain on a random port (CompanySignInContext). Each sign-in walks the whole round trip a browser walks (SalesPact →
 * provider → SalesPact's callback, cookies kept) and ends where the browser would land. Local passwords are off here.
 */
class CompanySignInTest extends CompanySignInContext {

    @Autowired SignInSettings settings;
    @Autowired PeopleService people;
    @Autowired UserDetailsService users;
    @Autowired WebApplicationContext context;

    @AfterEach
    void defaults() {
        settings.getOidc().setNewPeople(SignInSettings.NewPeople.CREATE);
        TestSupport.signOut();
    }

    @Test
    void anExistingPersonIsLinkedByVerifiedEmailInAnyCase() throws Exception {
        long diego = personId("dalvarez");
        String landed = signIn("sub-diego", Map.of("email", "Diego.Alvarez@SalesPact.example", "email_verified", true,
                "name", "Diego Alvarez"));
        assertThat(landed).isEqualTo("/");
        assertThat(linkedPerson("sub-diego")).isEqualTo(diego);
        assertThat(count("person where lower(email) = 'diego.alvarez@salespact.example'")).isEqualTo(1);
    }

    @Test
    void theSubjectStillFindsThePersonAfterTheEmailChangedAtTheProvider() throws Exception {
        long sofia = personId("sofia");
        assertThat(signIn("sub-sofia", Map.of("email", emailOf("sofia"), "email_verified", true))).isEqualTo("/");
        long before = count("person");
        assertThat(signIn("sub-sofia", Map.of("email", "sofia.new-name@other.example", "email_verified", true)))
                .isEqualTo("/");
        assertThat(linkedPerson("sub-sofia")).isEqualTo(sofia);
        assertThat(count("person")).as("nobody new").isEqualTo(before);
        assertThat(jdbc.queryForObject("select email from company_identity where subject = 'sub-sofia'", String.class))
                .isEqualTo("sofia.new-name@other.example");
    }

    @Test
    void aNewcomerIsCreatedWithTheRoleAndTeamTheirClaimsMapTo() throws Exception {
        assertThat(signIn("sub-mara", Map.of("email", "mara.lind@contoso.example", "name", "Mara Lind",
                "preferred_username", "mara.lind@contoso.example", "groups", List.of("everyone", "Sales-Leads"))))
                .isEqualTo("/");
        Map<String, Object> mara = jdbc.queryForMap("select * from person where id = ?", linkedPerson("sub-mara"));
        assertThat(mara).containsEntry("FULL_NAME", "Mara Lind").containsEntry("USERNAME", "mara.lind")
                .containsEntry("ROLE", "MANAGER").containsEntry("ACTIVE", true);

        assertThat(signIn("sub-otto", Map.of("email", "otto@contoso.example", "name", "Otto Rep",
                "department", "sales-north"))).isEqualTo("/");
        Map<String, Object> otto = jdbc.queryForMap("select * from person where id = ?", linkedPerson("sub-otto"));
        assertThat(otto).containsEntry("ROLE", "REP").containsEntry("ACTIVE", true)
                .containsEntry("TEAM_ID", teamId("North")).containsEntry("REP_STYLE", "HUNTER");
    }

    @Test
    void underApproveANewcomerWaitsAndTheAdminsAreToldUntilOneApproves() throws Exception {
        settings.getOidc().setNewPeople(SignInSettings.NewPeople.APPROVE);
        Map<String, Object> claims = Map.of("email", "wanda@contoso.example", "name", "Wanda Wait",
                "groups", List.of("sales-managers"));
        assertThat(signIn("sub-wanda", claims)).isEqualTo("/sign-in/waiting");
        long wanda = linkedPerson("sub-wanda");
        assertThat(jdbc.queryForObject("select active from person where id = ?", Boolean.class, wanda)).isFalse();
        assertThat(count("app_notification where kind = 'SIGN_IN_WAITING' and person_id = " + personId("admin")
                + " and message like '%Wanda Wait%'")).isEqualTo(1);
        assertThat(signIn("sub-wanda", claims)).as("still waiting").isEqualTo("/sign-in/waiting");

        TestSupport.signIn(users, "admin");
        assertThat(people.waitingForApproval()).extracting(waiting -> waiting.personId()).contains(wanda);
        people.approve(wanda);
        TestSupport.signOut();
        assertThat(signIn("sub-wanda", claims)).isEqualTo("/");
        TestSupport.signIn(users, "admin");
        assertThat(people.waitingForApproval()).extracting(waiting -> waiting.personId()).doesNotContain(wanda);
    }

    @Test
    void aRepNoTeamCanBeFoundForWaitsEvenUnderCreateAndCannotBeApprovedWithoutOne() throws Exception {
        assertThat(signIn("sub-nora", Map.of("email", "nora@contoso.example", "department", "marketing")))
                .isEqualTo("/sign-in/waiting");
        long nora = linkedPerson("sub-nora");
        TestSupport.signIn(users, "admin");
        assertThatThrownBy(() -> people.approve(nora)).isInstanceOf(RuleViolation.class)
                .matches(rule -> "teamId".equals(((RuleViolation) rule).field()));
        people.decline(nora);
        TestSupport.signOut();
        assertThat(signIn("sub-nora", Map.of("email", "nora@contoso.example"))).isEqualTo("/login?refused=declined");
    }

    @Test
    void aPersonDeactivatedInSalesPactIsRefusedWithAReason() throws Exception {
        long lena = personId("lmoreau");
        jdbc.update("update person set active = false where id = ?", lena);
        try {
            assertThat(signIn("sub-lena", Map.of("email", emailOf("lmoreau"), "email_verified", true)))
                    .isEqualTo("/login?refused=deactivated");
        } finally {
            jdbc.update("update person set active = true where id = ?", lena);
        }
        assertThat(signIn("sub-lena", Map.of("email", emailOf("lmoreau")))).as("active again").isEqualTo("/");
    }

    @Test
    void underRefuseAnUnknownPersonIsRefusedAndNothingIsCreated() throws Exception {
        settings.getOidc().setNewPeople(SignInSettings.NewPeople.REFUSE);
        long before = count("person");
        assertThat(signIn("sub-stranger", Map.of("email", "stranger@elsewhere.example")))
                .isEqualTo("/login?refused=unknown");
        assertThat(count("person")).isEqualTo(before);
        assertThat(count("company_identity where subject = 'sub-stranger'")).isZero();
    }

    @Test
    void anUnverifiedEmailNeverLinksToAPerson() throws Exception {
        assertThat(signIn("sub-fake-admin", Map.of("email", emailOf("manager"), "email_verified", false)))
                .isEqualTo("/login?refused=unverified");
        assertThat(count("company_identity where subject = 'sub-fake-admin'")).isZero();
    }

    @Test
    void withPasswordsSwitchedOffTheFormLoginRefusesEvenTheRightPassword() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        mvc.perform(formLogin("/login").user("admin").password("admin")).andExpect(unauthenticated());
    }

    @Test
    void signedOutPeopleAreSentToTheLoginPageNotStraightToTheProvider() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        mvc.perform(get("/dashboard")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theLoginPageOffersTheCompanyButtonAndNoPasswordForm() {
        Function0<UI> ui = UI::new;
        MockVaadin.setup(ui, new MockSpringServlet(new Routes().autoDiscoverViews("com.salespact"), context, ui));
        try {
            UI.getCurrent().getInternals().getRouter().navigate(UI.getCurrent(), new Location("login"),
                    NavigationTrigger.PAGE_LOAD);
            Anchor company = _get(Anchor.class, spec -> spec.withId("company-sign-in"));
            assertThat(company.getText()).isEqualTo("Sign in with Contoso");
            assertThat(company.getHref()).isEqualTo("/oauth2/authorization/company");
            assertThat(_find(LoginForm.class)).as("passwords are off").isEmpty();
        } finally {
            MockVaadin.tearDown();
        }
    }
}
