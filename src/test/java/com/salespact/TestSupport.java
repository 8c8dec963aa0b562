package com.salespact;

import com.salespact.security.SignedInUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Signs a seeded person in on the current thread, as the login form would. */
public final class TestSupport {

    private TestSupport() {
    }

    public static UsernamePasswordAuthenticationToken signIn(UserDetailsService users, String username) {
        SignedInUser user = (SignedInUser) users.loadUserByUsername(username);
        UsernamePasswordAuthenticationToken token =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(token);
        return token;
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
