package com.salespact.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.salespact.KeptRows;
import com.salespact.SeededCompany;
import com.salespact.TestSupport;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 7, part 5, through the real Spring Security filter chain (MockMvc): the security headers on every response,
 * login throttling after repeated failures, and wall-screen tokens stored only as SHA-256 hashes and dead the moment
 * they are revoked. (The wall page itself going dark on revocation is WallViewTest and LiveDashboardBrowserTest.)
 */
@SpringBootTest
@ActiveProfiles("test")
class SecurityWebTest {

    /** A seeded rep no other test signs in through the login form; unlocked again after each test. */
    private static final String GUESSED = "dalvarez";

    @Autowired WebApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired SeededCompany company;
    @Autowired UserDetailsService users;
    @Autowired DisplayTokenService displays;

    private MockMvc mvc;

    /** The guessed account's login state and the wall links made here, put back after each test. */
    private KeptRows kept;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        kept = new KeptRows(jdbc).keep("user_account", "person_id = ?", company.personId(GUESSED))
                .addedTo("display_token");
    }

    @AfterEach
    void unlock() {
        TestSupport.signOut();
        kept.restore();
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        // A public response and a refused one (redirect to the login page); the Vaadin pages themselves are checked on
        // the production jar by ProductionJarBrowserTest.pagesCarryTheSecurityHeaders.
        for (String path : new String[] {"/actuator/health", "/deals/1", "/commission?rep=1"}) {
            mvc.perform(get(path))
                    .andExpect(header().string("X-Frame-Options", "DENY"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("Referrer-Policy", "same-origin"))
                    .andExpect(header().string("Content-Security-Policy", SecurityConfig.CONTENT_SECURITY_POLICY));
        }
        assertThat(SecurityConfig.CONTENT_SECURITY_POLICY)
                .contains("default-src 'self'", "connect-src 'self'", "img-src 'self' data:", "frame-ancestors 'none'",
                        "object-src 'none'")
                .doesNotContain("*", "http:", "https:");
    }

    @Test
    void anUnknownAddressLeadsSignedOutPeopleToTheLoginAndPassesSignedInOnesOnToTheRouter() throws Exception {
        // Signed out: to the login page, like every route (Vaadin's default would answer a bare 403).
        mvc.perform(get("/no-such-page")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        // Signed in, the chain lets it through to Vaadin's router, which answers with the in-app "Page not found":
        // ErrorPagesBrowserTest (MockMvc has no Vaadin servlet to forward to).
        // Actuator endpoints other than health stay closed to everybody signed in.
        mvc.perform(get("/actuator/info").with(user("admin").roles("ADMIN"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
        assertThat(signIn(GUESSED, GUESSED)).as("the right password works at first").isTrue();
        for (int attempt = 1; attempt <= UserAccount.MAX_FAILED_LOGINS; attempt++) {
            assertThat(signIn(GUESSED, "wrong-" + attempt)).isFalse();
        }
        assertThat(company.userAccount(GUESSED).lockedUntil()).isNotNull();
        assertThat(signIn(GUESSED, GUESSED)).as("locked: even the right password is refused").isFalse();
    }

    @Test
    void fourWrongPasswordsThenTheRightOneResetTheCount() throws Exception {
        for (int attempt = 1; attempt < UserAccount.MAX_FAILED_LOGINS; attempt++) {
            assertThat(signIn(GUESSED, "wrong-" + attempt)).isFalse();
        }
        assertThat(signIn(GUESSED, GUESSED)).isTrue();
        assertThat(company.userAccount(GUESSED).failedLogins()).isZero();
    }

    @Test
    void wallTokensAreStoredOnlyAsSha256HashesAndRevocationIsImmediate() {
        TestSupport.signIn(users, "manager");
        long team = company.teamOf("manager");
        String raw = displays.create("Security test TV", team, 20);
        long id = company.newestWallToken().id();
        TestSupport.signOut();

        String stored = company.wallToken(id).tokenHash();
        assertThat(stored).isEqualTo(DisplayTokenService.hash(raw)).hasSize(64).doesNotContain(raw);
        assertThat(jdbc.queryForObject("select count(*) from display_token where token_hash = ?", Integer.class, raw))
                .as("the raw token is nowhere in the table").isZero();

        Optional<DisplayGrant> grant = displays.open(raw);
        assertThat(grant).isPresent();
        assertThat(displays.callAs(grant.get(), () -> "served")).isEqualTo("served");

        TestSupport.signIn(users, "manager");
        displays.revoke(id);
        TestSupport.signOut();

        // The very next request with the same grant or token is refused; no cache, no grace period.
        assertThat(displays.isValid(grant.get())).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> displays.callAs(grant.get(), () -> "served"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(displays.open(raw)).isEmpty();
    }

    /** Posts the login form as the browser does; true when Spring Security accepted it. */
    private boolean signIn(String username, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        return location != null && !location.contains("error");
    }
}
