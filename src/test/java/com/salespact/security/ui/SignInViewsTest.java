package com.salespact.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.base.ui.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import org.junit.jupiter.api.Test;

/**
 * The login page and the waiting page as a company sign-in leaves them (issue 18, point 3). Here no provider is
 * configured: the page is the password form it always was. With a provider and passwords off: CompanySignInTest.
 */
class SignInViewsTest extends KaribuTest {

    @Test
    void withoutAProviderTheLoginPageIsThePasswordFormAlone() {
        typed("login");
        assertThat(_find(LoginForm.class)).hasSize(1);
        assertThat(_find(Anchor.class, spec -> spec.withId("company-sign-in"))).isEmpty();
        assertThat(_find(Paragraph.class, spec -> spec.withId("sign-in-refused"))).as("nothing refused").isEmpty();
    }

    @Test
    void aRefusedCompanySignInIsToldWhyOnTheLoginPage() {
        typed("login?refused=deactivated");
        Paragraph refused = _get(Paragraph.class, spec -> spec.withId("sign-in-refused"));
        assertThat(refused.isVisible()).isTrue();
        assertThat(refused.getText())
                .isEqualTo("Your account is deactivated in SalesPact. Ask your administrator to activate it again.");

        typed("login?refused=something-else");
        assertThat(_get(Paragraph.class, spec -> spec.withId("sign-in-refused")).getText())
                .as("an unknown reason reads as the general one, never as the raw parameter")
                .startsWith("The sign-in with your company account did not complete.");
    }

    @Test
    void backFromTheProvidersSignOutThePageSaysBothSessionsEnded() {
        typed("login");
        assertThat(_find(Paragraph.class, spec -> spec.withId("signed-out"))).as("not after an ordinary visit").isEmpty();
        typed("login?logout");
        assertThat(_get(Paragraph.class, spec -> spec.withId("signed-out")).getText())
                .isEqualTo("You are signed out of SalesPact and of your company account.");
    }

    @Test
    void aNewcomerWaitingForApprovalSeesAPageSayingSoWithAWayBack() {
        typed("sign-in/waiting");
        assertThat(_get(H1.class, spec -> spec.withId("sign-in-waiting")).getText()).isEqualTo("Waiting for approval");
        assertThat(_find(Anchor.class, spec -> spec.withText("Back to sign in")).getFirst().getHref())
                .isEqualTo("/login");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Waiting for approval · SalesPact");
    }

    private static void typed(String path) {
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location(path), NavigationTrigger.PAGE_LOAD);
    }
}
