package com.salespact.api;

import com.salespact.TestSupport;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A token issued for a test the way an admin issues one on the tokens screen: through the service, as admin. */
final class TestTokens {

    private TestTokens() {
    }

    static NewApiToken issue(ApiTokenService tokens, UserDetailsService users, String name, ApiScope scope,
                             Long teamId) {
        TestSupport.signIn(users, "admin");
        try {
            return tokens.issue(name, scope, teamId);
        } finally {
            TestSupport.signOut();
        }
    }
}
