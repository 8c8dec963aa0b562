package com.salespact.security;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * Where signing out leads (decision 026). A person signed in with the company's provider also ends the provider's
 * session (RP-initiated logout: the provider's end_session_endpoint with the ID token as hint), and the provider sends
 * them back to {@code /login?logout}; otherwise a shared device would sign the next person in without asking.
 * Everybody else goes to the start page as before (and on to the login page), as does everybody when
 * {@code salespact.sign-in.oidc.provider-logout=false} or the provider names no end_session_endpoint. Spring's
 * {@code POST /logout} and Vaadin's {@code AuthenticationContext.logout()} (the menu's sign-out) both end here; in a
 * Vaadin request the redirect is a change of the page's location.
 */
final class CompanySignOut extends OidcClientInitiatedLogoutSuccessHandler {

    /** Where the provider sends the browser after its own sign-out; register it at the provider (README). */
    static final String POST_LOGOUT_REDIRECT = "{baseUrl}" + SignInLinks.LOGIN_PATH + "?logout";

    private final SignInSettings settings;

    /** @param providers the providers discovered already (a sign-out never waits for a discovery) */
    CompanySignOut(ClientRegistrationRepository providers, SignInSettings settings) {
        super(providers);
        this.settings = settings;
        setPostLogoutRedirectUri(POST_LOGOUT_REDIRECT);
        setDefaultTargetUrl("/");
        setRedirectStrategy(new UidlRedirectStrategy());
    }

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) {
        // Without the provider's authentication the parent answers the default target: the start page.
        return super.determineTargetUrl(request, response,
                settings.getOidc().isProviderLogout() ? authentication : null);
    }

    /** Also when Vaadin signs out over a push connection, which has no response to redirect (as Vaadin's own does). */
    @Override
    protected void handle(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        getRedirectStrategy().sendRedirect(request, response, determineTargetUrl(request, response, authentication));
    }
}
