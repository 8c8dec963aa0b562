package com.salespact.security;

import com.salespact.security.query.LoginQuery;
import java.time.Clock;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates logins, changes passwords and throttles repeated failed logins. */
@Service
@Transactional
public class LoginService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final LoginQuery logins;
    private final Clock clock;

    LoginService(UserAccountRepository accounts, PasswordEncoder encoder, PasswordPolicy policy, LoginQuery logins,
                   Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.logins = logins;
        this.clock = clock;
    }

    /** Gives a person a login, or a new password if they have one. */
    @PreAuthorize("hasRole('ADMIN')")
    public void setPassword(long personId, String username, String password) {
        policy.check(username, password).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
        String hash = encoder.encode(password);
        accounts.findByPersonId(personId).ifPresentOrElse(
                account -> account.changePassword(hash, clock.instant()),
                () -> accounts.save(new UserAccount(personId, hash, clock.instant())));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public boolean hasLogin(long personId) {
        return accounts.findByPersonId(personId).isPresent();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void setEnabled(long personId, boolean enabled) {
        accounts.findByPersonId(personId).ifPresent(account -> account.setEnabled(enabled));
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        findByUsername(event.getAuthentication().getName())
                .ifPresent(account -> account.recordFailedLogin(clock.instant()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            accounts.findByPersonId(user.personId()).ifPresent(UserAccount::recordSuccessfulLogin);
        }
    }

    private Optional<UserAccount> findByUsername(String username) {
        return logins.personId(username).flatMap(accounts::findByPersonId);
    }
}
