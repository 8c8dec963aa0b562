package com.salespact.security;

import com.salespact.security.query.LoginQuery;
import com.salespact.security.query.LoginQuery.LoginAccount;
import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads a login from {@code user_account} joined with the person's role and team ({@link LoginQuery}), so that
 * security does not depend on the people feature (people depends on security).
 */
@Service
class AccountDetailsService implements UserDetailsService {

    private final LoginQuery logins;
    private final Clock clock;

    AccountDetailsService(LoginQuery logins, Clock clock) {
        this.logins = logins;
        this.clock = clock;
    }

    @Override
    public SignedInUser loadUserByUsername(String username) {
        LoginAccount account = logins.account(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        boolean locked = account.lockedUntil() != null && account.lockedUntil().isAfter(clock.instant());
        return new SignedInUser(account.id(), account.username(), account.fullName(), Role.valueOf(account.role()),
                account.teamId(), account.passwordHash(), account.enabled() && account.active(), locked);
    }
}
