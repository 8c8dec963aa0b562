package com.salespact.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 16, point 13: every URL a signed-in person can type answers with a page inside the shell. */
class ErrorPagesViewsTest extends KaribuTest {

    @Test
    void anUnknownRouteShowsTheNotFoundPageInsideTheShell() {
        login("rep");
        typed("no/such/page");

        assertThat(currentView()).isInstanceOf(NotFoundView.class);
        assertThat(_find(MainLayout.class)).hasSize(1);
        assertThat(_get(Paragraph.class, spec -> spec.withId("error-text")).getText())
                .isEqualTo("There is no page at this address. Check the link, or go back to your start page.");

        _click(_get(Button.class, spec -> spec.withId("error-start")));
        assertThat(currentView().getClass().getSimpleName()).isEqualTo("MyBusinessView");
    }

    @Test
    void everyViewClosedToRepsShowsTheDeniedPageToARep() {
        List<RouteData> closed = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(route -> isClosedTo(route.getNavigationTarget(), "REP")).toList();
        assertThat(closed).extracting(RouteData::getTemplate)
                .as("the manager and admin screens (a rename here means a route moved)")
                .contains("admin/people", "admin/teams", "admin/holidays", "deals/import", "displays", "commitments");

        login("rep");
        for (RouteData route : closed) {
            UI.getCurrent().navigate(route.getTemplate());

            assertThat(currentView()).as(route.getTemplate()).isInstanceOf(AccessDeniedView.class);
            assertThat(_find(route.getNavigationTarget())).as(route.getTemplate()).isEmpty();
            assertThat(_find(MainLayout.class)).as(route.getTemplate()).hasSize(1);
            String whom = adminOnly(route.getNavigationTarget()) ? "administrators" : "sales managers and administrators";
            assertThat(_get(Paragraph.class, spec -> spec.withId("error-text")).getText()).as(route.getTemplate())
                    .isEqualTo("This page is for " + whom + " only; your role does not open it.");
        }
    }

    @Test
    void aManagerOnAnAdminPageIsToldItIsForAdministratorsAndGoesBackToTheDashboard() {
        login("manager");
        UI.getCurrent().navigate("admin/people");

        assertThat(currentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("error-text")).getText())
                .isEqualTo("This page is for administrators only; your role does not open it.");
        _click(_get(Button.class, spec -> spec.withId("error-start")));
        assertThat(currentView().getClass().getSimpleName()).isEqualTo("DashboardView");
    }

    @Test
    void withoutASignedInPersonEveryUrlLeadsToTheLoginPage() {
        // An expired session arrives as a request from nobody: it must reach the login page (which says the session
        // ended, from the tab's sessionStorage mark; a browser matter), never the shell or an error page.
        for (String path : new String[] {"deals/42", "admin/people", "no/such/page"}) {
            typed(path);
            assertThat(currentView().getClass().getSimpleName()).as(path).isEqualTo("LoginView");
            assertThat(_find(MainLayout.class)).as(path).isEmpty();
        }
    }

    /**
     * A URL typed into the address bar: the page loads and the server's router resolves it. ({@code UI.navigate} hands
     * a path it has no route for to the browser's router, which Karibu does not run.)
     */
    static void typed(String path) {
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location(path), NavigationTrigger.PAGE_LOAD);
    }

    private static Component currentView() {
        return UI.getCurrent().getCurrentView();
    }

    private static boolean isClosedTo(Class<?> view, String role) {
        RolesAllowed allowed = view.getAnnotation(RolesAllowed.class);
        return allowed != null && !Arrays.asList(allowed.value()).contains(role);
    }

    private static boolean adminOnly(Class<?> view) {
        return Arrays.equals(view.getAnnotation(RolesAllowed.class).value(), new String[] {"ADMIN"});
    }
}
