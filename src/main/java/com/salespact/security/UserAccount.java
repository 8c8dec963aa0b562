package com.salespact.security;

import com.salespact.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** The credentials of a person; the person's name, role and team live in the people feature. */
@Entity
@Table(name = "user_account")
class UserAccount extends AbstractEntity {

    static final int MAX_FAILED_LOGINS = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(5);

    @Column(name = "person_id", nullable = false, unique = true)
    private Long personId;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    private boolean enabled = true;

    @Column(name = "failed_logins")
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    protected UserAccount() {
    }

    UserAccount(Long personId, String passwordHash, Instant now) {
        this.personId = personId;
        changePassword(passwordHash, now);
    }

    void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    /** Throttles guessing: after {@value #MAX_FAILED_LOGINS} failures in a row the account waits a few minutes. */
    void recordFailedLogin(Instant now) {
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            lockedUntil = now.plus(LOCK_DURATION);
            failedLogins = 0;
        }
    }

    void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    Long getPersonId() {
        return personId;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    Instant getLockedUntil() {
        return lockedUntil;
    }
}
