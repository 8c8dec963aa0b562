package com.salespact.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person behind a session. {@code teamId} is a rep's own team or the team a manager leads; null for admins.
 * Kept small and immutable: it lives in every HTTP session.
 */
public record SignedInUser(long personId, String username, String fullName, Role role, Long teamId,
                           String passwordHash, boolean enabled, boolean locked) implements UserDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isManager() {
        return role == Role.MANAGER;
    }

    public boolean isRep() {
        return role == Role.REP;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    /** Never print the hash. */
    @Override
    public String toString() {
        return "SignedInUser[" + username + ", " + role + ", person " + personId + "]";
    }
}
