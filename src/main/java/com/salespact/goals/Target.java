package com.salespact.goals;

import com.salespact.base.AbstractEntity;
import com.salespact.base.FiscalCalendar;
import com.salespact.base.RuleViolation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A rep's or a team's target for one fiscal year: revenue and minimum gross profit (never net profit), spread over
 * the months by twelve seasonality weights. A team has a stored target only when somebody set it explicitly; while
 * {@link #isExplicitTeam()} is false the team's target is the sum of its reps' targets.
 *
 * <p>Every change goes through {@link #change} (or {@link #useSumOfReps}), which enforces the rules and returns the
 * {@link TargetRevision} (who, when, why, old and new values) that the caller stores with it. Rule messages are
 * translation keys.
 */
@Entity
@Table(name = "target")
public class Target extends AbstractEntity {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");
    static final int MAX_REASON = 1000;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "team_id")
    private Long teamId;

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @Column(nullable = false)
    private BigDecimal revenue = BigDecimal.ZERO;

    @Column(name = "min_gross_profit", nullable = false)
    private BigDecimal minGrossProfit = BigDecimal.ZERO;

    @Column(name = "explicit_team", nullable = false)
    private boolean explicitTeam;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "target_month_weight", joinColumns = @JoinColumn(name = "target_id"))
    @MapKeyColumn(name = "fiscal_month")
    @Column(name = "weight", nullable = false)
    private Map<Integer, BigDecimal> weights = new HashMap<>();

    /** True once {@link #change} gave a target that was never stored its first values. */
    @Transient
    private boolean changedSinceCreated;

    protected Target() {
    }

    private Target(Long personId, Long teamId, int fiscalYear) {
        this.personId = personId;
        this.teamId = teamId;
        this.fiscalYear = fiscalYear;
        Seasonality flat = Seasonality.flat();
        for (int month = 1; month <= Seasonality.MONTHS; month++) {
            weights.put(month, flat.weight(month));
        }
    }

    /** A rep's target, not yet set: the first {@link #change} sets it and records the first revision. */
    public static Target forPerson(long personId, int fiscalYear) {
        return new Target(personId, null, fiscalYear);
    }

    /** A team's explicit target, not yet set. */
    public static Target forTeam(long teamId, int fiscalYear) {
        return new Target(null, teamId, fiscalYear);
    }

    public static Target forOwner(TargetOwner owner, int fiscalYear) {
        return owner.isTeam() ? forTeam(owner.teamId(), fiscalYear) : forPerson(owner.personId(), fiscalYear);
    }

    /**
     * Sets revenue, minimum gross profit and weights (a team's target becomes explicit).
     * @return the revision recorded, or empty when nothing changed (then the reason is not needed)
     * @throws RuleViolation revenue/minGrossProfit below zero, minimum GP above revenue, no reason for a change
     */
    public Optional<TargetRevision> change(BigDecimal newRevenue, BigDecimal newMinGrossProfit, Seasonality seasonality,
                                           String reason, Long changedBy, Instant changedAt) {
        checkAmounts(newRevenue, newMinGrossProfit);
        if (seasonality == null) {
            throw RuleViolation.at("weights", "targets.error.weights-count");
        }
        BigDecimal revenueValue = newRevenue.setScale(2, RoundingMode.HALF_UP);
        BigDecimal gpValue = newMinGrossProfit.setScale(2, RoundingMode.HALF_UP);
        boolean same = isSet() && revenue.compareTo(revenueValue) == 0 && minGrossProfit.compareTo(gpValue) == 0
                && seasonality().equals(seasonality) && (teamId == null || explicitTeam);
        if (same) {
            return Optional.empty();
        }
        String why = checkReason(reason);
        TargetRevision revision = new TargetRevision(this, changedBy, changedAt, why,
                isSet() ? revenue : null, revenueValue, isSet() ? minGrossProfit : null, gpValue, seasonality);
        revenue = revenueValue;
        minGrossProfit = gpValue;
        for (int month = 1; month <= Seasonality.MONTHS; month++) {
            weights.put(month, seasonality.weight(month));
        }
        if (teamId != null) {
            explicitTeam = true;
        }
        changedSinceCreated = true;
        return Optional.of(revision);
    }

    /**
     * Makes a team's target the sum of its reps again. The stored amounts become the reps' sums at this moment, so
     * the revision shows old → new; from now on the team target follows its reps.
     * @return the revision, or empty when the target was not explicit
     */
    public Optional<TargetRevision> useSumOfReps(BigDecimal repsRevenue, BigDecimal repsMinGrossProfit, String reason,
                                                 Long changedBy, Instant changedAt) {
        if (teamId == null) {
            throw new IllegalStateException("Only a team target follows its reps");
        }
        if (!explicitTeam) {
            return Optional.empty();
        }
        String why = checkReason(reason);
        BigDecimal revenueValue = repsRevenue.setScale(2, RoundingMode.HALF_UP);
        BigDecimal gpValue = repsMinGrossProfit.setScale(2, RoundingMode.HALF_UP);
        TargetRevision revision = new TargetRevision(this, changedBy, changedAt, why, revenue, revenueValue,
                minGrossProfit, gpValue, seasonality());
        revenue = revenueValue;
        minGrossProfit = gpValue;
        explicitTeam = false;
        changedSinceCreated = true;
        return Optional.of(revision);
    }

    /**
     * The amount rules on their own, for checks before anything is loaded (a CSV preview).
     * @throws RuleViolation on field {@code revenue} or {@code minGrossProfit}
     */
    public static void checkAmounts(BigDecimal revenue, BigDecimal minGrossProfit) {
        if (revenue == null) {
            throw RuleViolation.at("revenue", "targets.error.revenue-required");
        }
        if (revenue.signum() < 0) {
            throw RuleViolation.at("revenue", "targets.error.revenue-negative");
        }
        if (revenue.compareTo(MAX_AMOUNT) > 0) {
            throw RuleViolation.at("revenue", "targets.error.amount-too-large");
        }
        if (minGrossProfit == null) {
            throw RuleViolation.at("minGrossProfit", "targets.error.min-gp-required");
        }
        if (minGrossProfit.signum() < 0) {
            throw RuleViolation.at("minGrossProfit", "targets.error.min-gp-negative");
        }
        if (minGrossProfit.setScale(2, RoundingMode.HALF_UP).compareTo(revenue.setScale(2, RoundingMode.HALF_UP)) > 0) {
            throw RuleViolation.at("minGrossProfit", "targets.error.min-gp-above-revenue");
        }
    }

    /** @return the stripped reason; @throws RuleViolation on field {@code reason} when missing or too long */
    public static String checkReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.at("reason", "targets.error.reason-required");
        }
        String stripped = reason.strip();
        if (stripped.length() > MAX_REASON) {
            throw RuleViolation.at("reason", "targets.error.reason-too-long");
        }
        return stripped;
    }

    /** True once a first change was made (a new target has no values yet). */
    private boolean isSet() {
        return !isNew() || changedSinceCreated;
    }

    public TargetBreakdown breakdown(FiscalCalendar calendar) {
        return new TargetBreakdown(calendar, fiscalYear, revenue, minGrossProfit, seasonality());
    }

    public Seasonality seasonality() {
        List<BigDecimal> values = new ArrayList<>(Seasonality.MONTHS);
        for (int month = 1; month <= Seasonality.MONTHS; month++) {
            values.add(weights.getOrDefault(month, BigDecimal.ZERO));
        }
        // Rows written without weights (by hand, an old import) spread flat rather than not at all.
        return values.stream().allMatch(weight -> weight.signum() == 0) ? Seasonality.flat() : new Seasonality(values);
    }

    public TargetOwner owner() {
        return new TargetOwner(personId, teamId);
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getTeamId() {
        return teamId;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public BigDecimal getRevenue() {
        return revenue;
    }

    public BigDecimal getMinGrossProfit() {
        return minGrossProfit;
    }

    public boolean isExplicitTeam() {
        return explicitTeam;
    }
}
