package com.salespact.pact;

import com.salespact.base.AbstractEntity;
import com.salespact.base.RuleViolation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A rep's pact with all its versions. At most one version is open (draft or proposed) and at most one is signed:
 * countersigning a new version supersedes the old one.
 */
@Entity
public class Pact extends AbstractEntity {

    private long repId;
    private Long managerId;
    private Instant createdAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "pact_id", nullable = false)
    @OrderBy("number")
    private List<PactVersion> versions = new ArrayList<>();

    protected Pact() {
    }

    public Pact(long repId, Long managerId, PactDocument first, Instant now) {
        this.repId = repId;
        this.managerId = managerId;
        this.createdAt = now;
        versions.add(new PactVersion(1, first, now));
    }

    public long getRepId() {
        return repId;
    }

    public Long getManagerId() {
        return managerId;
    }

    public List<PactVersion> versions() {
        return List.copyOf(versions);
    }

    public Optional<PactVersion> openVersion() {
        return versions.stream().filter(PactVersion::isOpen).findFirst();
    }

    public Optional<PactVersion> signedVersion() {
        return versions.stream().filter(version -> version.getStatus() == PactStatus.SIGNED).findFirst();
    }

    public PactVersion version(long versionId) {
        return versions.stream().filter(version -> version.getId() == versionId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No version " + versionId + " in this pact"));
    }

    /** A new draft starting from the signed content; the signed version stays in force until the new one is signed. */
    public PactVersion startChange(Instant now) {
        if (openVersion().isPresent()) {
            throw new RuleViolation(null, "A new version is already being prepared");
        }
        PactVersion signed = signedVersion()
                .orElseThrow(() -> new RuleViolation(null, "There is no signed pact to change"));
        int next = versions.stream().map(PactVersion::getNumber).max(Comparator.naturalOrder()).orElse(0) + 1;
        PactVersion draft = new PactVersion(next, signed.document(), now);
        versions.add(draft);
        return draft;
    }

    /** The manager's signature makes the version the pact in force; the one it replaces is superseded. */
    public void countersign(PactVersion version, long managerId, Instant now, LocalDate from, LocalDate until) {
        Optional<PactVersion> previous = signedVersion();
        version.countersign(managerId, now, from, until);
        previous.filter(old -> old != version).ifPresent(old -> old.supersede(now));
        this.managerId = managerId;
    }
}
