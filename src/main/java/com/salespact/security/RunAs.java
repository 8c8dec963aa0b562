package com.salespact.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work on behalf of a person who is not signed in (a mail written for them by a job, or previewed by their
 * manager), with exactly that person's rights, on the current thread and only for that call: the secured services
 * then show what the person would see themselves (a rep never gets their manager's private agenda items).
 * The caller decides that the work may be done for this person.
 */
public final class RunAs {

    private RunAs() {
    }

    /** @param teamId a rep's team, the team a manager leads; null for admins */
    public static <T> T person(long personId, String username, String fullName, Role role, Long teamId,
                               Supplier<T> work) {
        SignedInUser person = new SignedInUser(personId, username, fullName, role, teamId, "", true, false);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null,
                person.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
