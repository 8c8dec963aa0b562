package com.salespact.security;

import com.salespact.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person's identity at the company's OpenID Connect provider: issuer + subject, never the e-mail, so a changed
 * address at the provider still finds the same person (decision 026).
 */
@Entity
@Table(name = "company_identity")
class CompanyIdentity extends AbstractEntity {

    /** LINKED signs in while the person is active; WAITING waits for an admin; REFUSED was declined by one. */
    enum Status { LINKED, WAITING, REFUSED }

    @Column(nullable = false)
    private String issuer;

    @Column(nullable = false)
    private String subject;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    protected CompanyIdentity() {
    }

    CompanyIdentity(String issuer, String subject, long personId, String email, Status status, Instant now) {
        this.issuer = issuer;
        this.subject = subject;
        this.personId = personId;
        this.email = email;
        this.status = status;
        this.linkedAt = now;
    }

    /** A sign-in of an active person: whatever an admin decided before, the person's being active now decides. */
    void signedIn(String currentEmail, Instant now) {
        this.email = currentEmail;
        this.lastSignInAt = now;
        this.status = Status.LINKED;
    }

    void seen(String currentEmail) {
        this.email = currentEmail;
    }

    void settle(boolean approved) {
        if (status == Status.WAITING) {
            status = approved ? Status.LINKED : Status.REFUSED;
        }
    }

    long getPersonId() {
        return personId;
    }

    Status getStatus() {
        return status;
    }
}
