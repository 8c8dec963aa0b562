package com.salespact.base.ui;

import static org.awaitility.Awaitility.await;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.salespact.KeptRows;
import com.salespact.SeededCompany;
import com.salespact.TestSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base for UI tests: the real Spring context on the seeded in-memory database, Vaadin mocked by Karibu.
 * Call {@link #login(String)} with a seeded username; it reopens the UI as that person. {@link #company} gives the
 * seeded company's ids and rows by name (person id of a username, a deal of a rep, a team of a manager, ...); rows
 * a test changes can be handed to {@link #kept}, which puts them back after the test.
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    /** The demo company's facts by name. */
    @Autowired
    protected SeededCompany company;

    /** Rows a test changes, put back after it (see {@link KeptRows}). */
    protected KeptRows kept;

    @Autowired
    private UserDetailsService users;

    @Autowired
    private JdbcTemplate database;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("com.salespact");
        }
    }

    @BeforeEach
    void setUpVaadin() {
        kept = new KeptRows(database);
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        TestSupport.signOut();
        kept.restore();
    }

    /** Signs in as a seeded person and navigates to "/" as they would after the login form. */
    protected void login(String username) {
        UsernamePasswordAuthenticationToken token = TestSupport.signIn(users, username);
        // As in production, the session keeps who is signed in: work pushed to its UIs later (live refreshes, a
        // delayed save) runs as that person, not as whoever the test thread is at that moment.
        org.springframework.security.core.context.SecurityContext context =
                org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(token);
        com.vaadin.flow.server.VaadinSession.getCurrent().getSession().setAttribute(
                org.springframework.security.web.context.HttpSessionSecurityContextRepository
                        .SPRING_SECURITY_CONTEXT_KEY, context);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(token);
        request.setUserInRole((principal, role) -> token.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role)));
        UI.getCurrent().getPage().reload();
    }

    /**
     * Waits (at most 5 s) until {@code condition} holds, making a Karibu round trip while it does not: live updates
     * and background work reach the UI from other threads with {@code UI.access}, which Karibu runs on a round trip.
     * Polls on the test thread, where the mocked Vaadin session is current.
     */
    protected static void awaitUntil(BooleanSupplier condition) {
        await().pollInSameThread().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10))
                .atMost(Duration.ofSeconds(5)).until(() -> {
                    if (condition.getAsBoolean()) {
                        return true;
                    }
                    MockVaadin.clientRoundtrip(false);
                    return condition.getAsBoolean();
                });
    }
}
