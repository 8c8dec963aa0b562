package com.salespact.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs server-side work that no person started (a scheduled job, the demo seed) through the secured services, as an
 * administrator named "system" (person id 0, no login, no session), on the current thread and only for that call.
 * It reaches every row, so use it only for work that decides its own scope (e.g. "every review due tomorrow").
 */
public final class SystemPrincipal {

    public static final long PERSON_ID = 0;

    private SystemPrincipal() {
    }

    public static <T> T call(Supplier<T> work) {
        SignedInUser system = new SignedInUser(PERSON_ID, "system", "SalesPact", Role.ADMIN, null, "", true, false);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(system, null,
                system.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
