package com.salespact.pact;

import com.salespact.base.AbstractEntity;
import com.salespact.base.RuleViolation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One version of a rep's pact. Only a DRAFT is edited; the manager proposes a complete draft, the rep signs it, the
 * manager countersigns and it becomes SIGNED, read-only for good. A change to a signed pact is a new version.
 */
@Entity
@Table(name = "pact_version")
public class PactVersion extends AbstractEntity {

    private int number;

    @Enumerated(EnumType.STRING)
    private PactStatus status = PactStatus.DRAFT;

    private LocalDate periodStart;
    private LocalDate periodEnd;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private LocalDate standardsFrom;
    private LocalDate standardsUntil;

    @Convert(converter = StepJson.Targets.class)
    @Column(name = "step_targets")
    private TargetsStep targets;
    @Convert(converter = StepJson.Expectations.class)
    @Column(name = "step_expectations")
    private ExpectationsStep expectations;
    @Convert(converter = StepJson.Motivations.class)
    @Column(name = "step_motivations")
    private MotivationsStep motivations;
    @Convert(converter = StepJson.Consequences.class)
    @Column(name = "step_consequences")
    private ConsequencesStep consequences;
    @Convert(converter = StepJson.Role.class)
    @Column(name = "step_role")
    private RoleStep role;

    private int lastStep = 1;

    // The commission plan frozen into the version on proposal (all null: none was frozen). See PactCommission.
    private Integer commissionFiscalYear;
    private BigDecimal commissionRevenueRate;
    private BigDecimal commissionGpRateAboveMin;
    private BigDecimal commissionAcceleratorThreshold;
    private BigDecimal commissionAcceleratorMultiplier;
    /** The sales formula's numbers as proposed, and so as signed; null while a draft (it recomputes). */
    @Convert(converter = StepJson.Formula.class)
    @Column(name = "formula_agreed")
    private SalesFormula formulaAgreed;

    private Instant proposedAt;
    private Long proposedBy;
    private Instant repSignedAt;
    private Long repSignedBy;
    private Instant managerSignedAt;
    private Long managerSignedBy;
    private Instant supersededAt;
    private Instant createdAt;
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "mas_line", joinColumns = @JoinColumn(name = "pact_version_id"))
    @OrderColumn(name = "position")
    private List<MasLineRow> masRows = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "manager_commitment", joinColumns = @JoinColumn(name = "pact_version_id"))
    @OrderColumn(name = "position")
    private List<CommitmentRow> commitmentRows = new ArrayList<>();

    protected PactVersion() {
    }

    PactVersion(int number, PactDocument document, Instant now) {
        this.number = number;
        this.createdAt = now;
        this.updatedAt = now;
        apply(document);
    }

    public PactDocument document() {
        return new PactDocument(targets, expectations, motivations, consequences, role);
    }

    /** Saves one step of a draft, complete or not: typed text is never lost; completeness is checked on proposal. */
    public void save(StepContent content, int reachedStep, Instant now) {
        requireDraft();
        if (StepJson.write(content).length() > StepJson.MAX_LENGTH) {
            throw RuleViolation.of("pact.rule.step-too-long");
        }
        StepJson.oversizedNumber(content).ifPresent(refusal -> {
            throw refusal;
        });
        apply(document().with(content));
        lastStep = Math.max(1, Math.min(reachedStep, PactStep.values().length + 1));
        updatedAt = now;
    }

    private void apply(PactDocument document) {
        targets = document.targets();
        expectations = document.expectations();
        motivations = document.motivations();
        consequences = document.consequences();
        role = document.role();
        periodStart = targets.period() == null ? null : targets.period().start();
        periodEnd = targets.period() == null ? null : targets.period().end();
        masRows.clear();
        targets.masLines().stream()
                .filter(line -> line.metric() != null && line.per() != null && line.minimum() != null
                        && line.minimum().signum() >= 0)
                .map(MasLineRow::new).forEach(masRows::add);
        commitmentRows.clear();
        expectations.commitments().stream()
                .filter(commitment -> commitment.kind() != null && !StepContent.blank(commitment.description()))
                .map(CommitmentRow::new).forEach(commitmentRows::add);
    }

    /** Proposes the draft without a commission plan or sales formula (tests of the lifecycle alone). */
    public void propose(long managerId, Instant now) {
        propose(managerId, null, now, null);
    }

    /** Proposes the draft with its commission plan frozen, without a sales formula. */
    public void propose(long managerId, PactCommission commission, Instant now) {
        propose(managerId, commission, now, null);
    }

    /** Proposes the draft with its sales formula frozen, without a commission plan. */
    public void propose(long managerId, Instant now, SalesFormula formula) {
        propose(managerId, null, now, formula);
    }

    /**
     * Proposes the draft with what the rep signs frozen into it: the commission plan as it stands ({@code commission},
     * null without a plan; a later change of the plan is not part of this version) and the sales formula's numbers as
     * they stand now ({@code formula}: the rep's history, the overrides, the target, not whatever the history says
     * later).
     */
    public void propose(long managerId, PactCommission commission, Instant now, SalesFormula formula) {
        requireDraft();
        List<StepProblem> problems = document().problems();
        if (!problems.isEmpty()) {
            StepProblem first = problems.getFirst();
            throw RuleViolation.of("pact.rule.step-incomplete", String.valueOf(first.step().number()), first.message());
        }
        status = PactStatus.PROPOSED;
        freeze(commission);
        proposedAt = now;
        proposedBy = managerId;
        formulaAgreed = formula;
        updatedAt = now;
    }

    /** Takes a proposal back into draft, e.g. when the rep asks for a change; any rep signature is void. */
    public void reopen(Instant now) {
        if (status != PactStatus.PROPOSED) {
            throw RuleViolation.of("pact.rule.reopen-only-proposed");
        }
        status = PactStatus.DRAFT;
        // Back in draft the plan is read as it stands again, and frozen anew on the next proposal.
        freeze(null);
        proposedAt = null;
        proposedBy = null;
        formulaAgreed = null;
        repSignedAt = null;
        repSignedBy = null;
        updatedAt = now;
    }

    public void signAsRep(long repId, Instant now) {
        if (status != PactStatus.PROPOSED) {
            throw RuleViolation.of("pact.rule.sign-only-proposed");
        }
        if (repSignedAt != null) {
            throw RuleViolation.of("pact.rule.already-signed");
        }
        repSignedAt = now;
        repSignedBy = repId;
        updatedAt = now;
    }

    /**
     * The manager's countersignature: in force from the period's start or from today if later, its standards from the
     * next full week (never backwards).
     */
    void countersign(long managerId, Instant now, LocalDate today) {
        if (status != PactStatus.PROPOSED || repSignedAt == null) {
            throw RuleViolation.of("pact.rule.rep-signs-first");
        }
        PactPeriod period = period().orElseThrow(() -> RuleViolation.of("pact.rule.period-required"));
        if (today.isAfter(period.end())) {
            throw RuleViolation.of("pact.rule.period-ended");
        }
        status = PactStatus.SIGNED;
        managerSignedAt = now;
        managerSignedBy = managerId;
        validFrom = period.inForceFrom(today);
        validUntil = period.end();
        standardsFrom = period.standardsFrom(today);
        standardsUntil = period.standardsUntil();
        updatedAt = now;
    }

    private void freeze(PactCommission commission) {
        commissionFiscalYear = commission == null ? null : commission.fiscalYear();
        commissionRevenueRate = commission == null ? null : commission.revenueRate();
        commissionGpRateAboveMin = commission == null ? null : commission.gpRateAboveMin();
        commissionAcceleratorThreshold = commission == null ? null : commission.acceleratorThreshold();
        commissionAcceleratorMultiplier = commission == null ? null : commission.acceleratorMultiplier();
    }

    /** The commission plan frozen into the version on proposal; empty for a draft or when there was no plan. */
    public Optional<PactCommission> commission() {
        return commissionFiscalYear == null ? Optional.empty() : Optional.of(new PactCommission(commissionFiscalYear,
                commissionRevenueRate, commissionGpRateAboveMin, commissionAcceleratorThreshold,
                commissionAcceleratorMultiplier));
    }


    /**
     * Replaced by a later version: in force until the day before the successor, its standards until the week before
     * the successor's. A version that had not started yet is never in force.
     */
    void supersedeBy(PactVersion successor, Instant now) {
        status = PactStatus.SUPERSEDED;
        supersededAt = now;
        updatedAt = now;
        if (validUntil == null || !successor.validFrom.isAfter(validUntil)) {
            validUntil = successor.validFrom.minusDays(1);
        }
        if (standardsUntil == null || !successor.standardsFrom.isAfter(standardsUntil)) {
            standardsUntil = successor.standardsFrom.minusDays(1);
        }
    }

    /** Signed (or since replaced) and in force on the day. */
    public boolean inForceOn(LocalDate day) {
        return (status == PactStatus.SIGNED || status == PactStatus.SUPERSEDED) && validFrom != null
                && !day.isBefore(validFrom) && !day.isAfter(validUntil);
    }

    /** Signed and covering days after {@code day}: in force now or waiting for its start date. */
    boolean signedBeyond(LocalDate day) {
        return status == PactStatus.SIGNED && validUntil != null && validUntil.isAfter(day);
    }

    /** Signed with a period that overlaps the other version's: countersigning the other replaces this one. */
    boolean replacedBy(PactVersion other) {
        return other != this && status == PactStatus.SIGNED && validFrom != null
                && other.period().map(p -> p.overlaps(validFrom, validUntil)).orElse(false);
    }

    public Optional<PactPeriod> period() {
        return periodStart == null || periodEnd == null ? Optional.empty()
                : Optional.of(new PactPeriod(periodStart, periodEnd));
    }

    private void requireDraft() {
        switch (status) {
            case DRAFT -> { }
            case PROPOSED -> throw RuleViolation.of("pact.rule.proposed-locked");
            case SIGNED, SUPERSEDED ->
                    throw RuleViolation.of("pact.rule.signed-locked");
        }
    }

    public boolean isOpen() {
        return status == PactStatus.DRAFT || status == PactStatus.PROPOSED;
    }

    public int getNumber() {
        return number;
    }

    public PactStatus getStatus() {
        return status;
    }

    /** Empty for a draft, and for a version proposed before the numbers were recorded. */
    public Optional<SalesFormula> formulaAgreed() {
        return Optional.ofNullable(formulaAgreed);
    }

    public int getLastStep() {
        return lastStep;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public LocalDate getStandardsFrom() {
        return standardsFrom;
    }

    public Optional<Instant> proposedAt() {
        return Optional.ofNullable(proposedAt);
    }

    public Optional<Instant> repSignedAt() {
        return Optional.ofNullable(repSignedAt);
    }

    public Long getRepSignedBy() {
        return repSignedBy;
    }

    public Optional<Instant> managerSignedAt() {
        return Optional.ofNullable(managerSignedAt);
    }

    public Long getManagerSignedBy() {
        return managerSignedBy;
    }

    public Long getProposedBy() {
        return proposedBy;
    }

    public Optional<Instant> supersededAt() {
        return Optional.ofNullable(supersededAt);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
