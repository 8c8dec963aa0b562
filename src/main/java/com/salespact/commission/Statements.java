package com.salespact.commission;

import com.salespact.base.CompanySettings;
import com.salespact.base.DateRange;
import com.salespact.base.FiscalCalendar;
import com.salespact.goals.query.PaceQuery;
import com.salespact.goals.query.RepPace;
import com.salespact.pact.PactPeriod;
import com.salespact.pact.PactService;
import com.salespact.people.PersonSummary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Works a rep's statement out, the one way the page and the team summary both read it: the won deals, the plan of
 * the period's fiscal year and the period's targets, paid by the pact in force ({@link StatementBasis}) through
 * {@link StatementCalculator}. Package-private: {@link CommissionService} checks who may read whom first.
 */
@Component
class Statements {

    private final StatementRows rows;
    private final CommissionPlanRepository plans;
    private final PaceQuery pace;
    private final PactService pacts;
    private final FiscalCalendar calendar;
    private final Clock clock;

    Statements(StatementRows rows, CommissionPlanRepository plans, PaceQuery pace, PactService pacts,
               CompanySettings settings, Clock clock) {
        this.rows = rows;
        this.plans = plans;
        this.pace = pace;
        this.pacts = pacts;
        this.calendar = settings.calendar();
        this.clock = clock;
    }

    /** The statement of an active rep the caller may see, worked out now. */
    RepStatement of(PersonSummary rep, StatementPeriod period) {
        long repId = rep.id();
        DateRange range = period.range(calendar);
        PeriodTarget goalsTarget = target(repId, range);
        Optional<CommissionPlan> plan = plans.findByRepIdAndFiscalYear(repId, period.fiscalYear());
        PlanTerms standing = plan.map(CommissionPlan::terms).orElse(null);
        LocalDate day = dayOf(range);
        StatementBasis basis = pacts.termsInForce(repId, day).map(pact -> {
            // The stretch the pact's target covers: its agreed period (a fiscal year or twelve months).
            PactPeriod agreed = pact.document().targets().period();
            DateRange coverage = agreed == null ? calendar.yearOf(day) : agreed.range();
            return StatementBasis.ofPact(pact, standing, goalsTarget, target(repId, coverage),
                    monthShare(range, coverage));
        }).orElseGet(() -> StatementBasis.withoutPact(standing, goalsTarget));
        Statement statement = StatementCalculator.calculate(basis.terms(), basis.target(), rows.wonDeals(repId, range));
        return new RepStatement(repId, rep.fullName(), period, range, plan.map(PlanDetails::of).orElse(null),
                statement, basis.pact());
    }

    /** The goals feature's targets for a stretch: the annual targets spread by the seasonality weights. */
    private PeriodTarget target(long repId, DateRange range) {
        RepPace targets = pace.rep(repId, range, range.end());
        return new PeriodTarget(targets.target(), targets.grossProfitTarget());
    }

    /**
     * The day whose pact in force governs a statement: today while the period runs, else its last day (its first for
     * a period still to come). One pact pays a whole statement, so the accelerator counts the period's revenue once.
     */
    private LocalDate dayOf(DateRange range) {
        LocalDate today = LocalDate.now(clock);
        return today.isBefore(range.start()) ? range.start() : today.isAfter(range.end()) ? range.end() : today;
    }

    /** The statement period's share of the pact's stretch by months, for a rep without goals targets to weigh by. */
    private static BigDecimal monthShare(DateRange range, DateRange coverage) {
        long months = ChronoUnit.MONTHS.between(range.start(), range.end().plusDays(1));
        long all = ChronoUnit.MONTHS.between(coverage.start(), coverage.end().plusDays(1));
        return all <= 0 ? BigDecimal.ONE : BigDecimal.valueOf(months).divide(BigDecimal.valueOf(all), 10,
                RoundingMode.HALF_UP);
    }
}
