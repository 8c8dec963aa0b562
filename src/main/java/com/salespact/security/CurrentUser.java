package com.salespact.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The signed-in person, for services and views. Reads Spring's security context of the current thread: a password
 * sign-in or a company sign-in (OpenID Connect), both the same {@link SignedInUser}.
 */
@Component
public class CurrentUser {

    public Optional<SignedInUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        if (authentication != null && authentication.getPrincipal() instanceof CompanySignInUser company) {
            return Optional.of(company.user());
        }
        return Optional.empty();
    }

    /** @throws AccessDeniedException when nobody is signed in */
    public SignedInUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
