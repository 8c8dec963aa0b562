package com.salespact.security;

import java.io.Serial;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in with the company's provider: the provider's user (ID token, claims) carrying the same
 * {@link SignedInUser} a password sign-in gives, so services and views see one kind of person ({@link CurrentUser}).
 * Authorities are the person's SalesPact role, never the provider's scopes.
 */
final class CompanySignInUser extends DefaultOidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final SignedInUser user;

    CompanySignInUser(SignedInUser user, OidcUser oidc) {
        super(user.getAuthorities(), oidc.getIdToken(), oidc.getUserInfo());
        this.user = user;
    }

    SignedInUser user() {
        return user;
    }

    /** The SalesPact username, as a password sign-in names the person (drafts on a device are kept per name). */
    @Override
    public String getName() {
        return user.username();
    }
}
