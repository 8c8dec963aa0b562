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

    /** The version in force on a day: countersigned, its period covering the day and not yet replaced by then. */
    public Optional<PactVersion> inForce(LocalDate day) {
        return versions.stream().filter(version -> version.inForceOn(day)).findFirst();
    }

    /**
     * Since when the rep has been under this pact without a break, as of a day: the first day of the unbroken run of
     * versions ending with the one in force. A replaced version's days count (the same pact governed them); a gap
     * without a pact starts afresh. Empty when no version is in force on the day.
     */
    public Optional<LocalDate> governedSince(LocalDate day) {
        Optional<PactVersion> inForce = inForce(day);
        if (inForce.isEmpty()) {
            return Optional.empty();
        }
        LocalDate from = inForce.get().getValidFrom();
        Optional<PactVersion> before = inForce(from.minusDays(1));
        while (before.isPresent()) {
            from = before.get().getValidFrom();
            before = inForce(from.minusDays(1));
        }
        return Optional.of(from);
    }

    /** The newest signed version that has not ended by the day: in force, or next period's waiting to start. */
    public Optional<PactVersion> latestSigned(LocalDate day) {
        return versions.stream().filter(version -> version.signedBeyond(day)).reduce((first, second) -> second);
    }

    public PactVersion version(long versionId) {
        return versions.stream().filter(version -> version.getId() == versionId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No version " + versionId + " in this pact"));
    }

    /**
     * A new draft starting from the newest signed content; the signed versions stay in force until the new one is
     * countersigned. The draft covers {@code period}: the same period for a change, the next one for a renewal.
     */
    public PactVersion startChange(Instant now, LocalDate today, PactPeriod period) {
        if (openVersion().isPresent()) {
            throw RuleViolation.of("pact.rule.version-in-preparation");
        }
        PactVersion signed = latestSigned(today).or(() -> versions.stream()
                        .filter(version -> version.getStatus() == PactStatus.SIGNED).reduce((a, b) -> b))
                .orElseThrow(() -> RuleViolation.of("pact.rule.no-signed-to-change"));
        return startChange(now, signed, period);
    }

    /** A new draft starting from one signed version's content, covering {@code period}. */
    public PactVersion startChange(Instant now, PactVersion signed, PactPeriod period) {
        if (openVersion().isPresent()) {
            throw RuleViolation.of("pact.rule.version-in-preparation");
        }
        if (signed.getStatus() != PactStatus.SIGNED) {
            throw RuleViolation.of("pact.rule.only-signed-changed");
        }
        int next = versions.stream().map(PactVersion::getNumber).max(Comparator.naturalOrder()).orElse(0) + 1;
        PactDocument document = signed.document();
        PactVersion draft = new PactVersion(next, document.with(document.targets().withPeriod(period)), now);
        versions.add(draft);
        return draft;
    }

    /**
     * The manager's signature puts the version in force for its period; a signed version whose period it overlaps is
     * replaced (in force until the day before). Next period's pact leaves this period's alone.
     */
    public void countersign(PactVersion version, long managerId, Instant now, LocalDate today) {
        version.countersign(managerId, now, today);
        versions.stream().filter(old -> old.replacedBy(version)).forEach(old -> old.supersedeBy(version, now));
        this.managerId = managerId;
    }
}
