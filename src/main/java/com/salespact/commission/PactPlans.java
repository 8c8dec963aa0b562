package com.salespact.commission;

import com.salespact.base.CompanySettings;
import com.salespact.base.FiscalCalendar;
import com.salespact.pact.PactCommission;
import com.salespact.pact.PactCommissionSource;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commission plan as the pact shows and freezes it: the pact declares the port, commission (above it) answers.
 * Package-private and reached only through the port; the pact service has checked the rep's scope before asking.
 */
@Component
@Transactional(readOnly = true)
class PactPlans implements PactCommissionSource {

    private final CommissionPlanRepository plans;
    private final FiscalCalendar calendar;
    private final CompanySettings settings;

    PactPlans(CommissionPlanRepository plans, CompanySettings settings) {
        this.plans = plans;
        this.calendar = settings.calendar();
        this.settings = settings;
    }

    @Override
    public Optional<PactCommission> planFor(long repId, LocalDate day) {
        int year = calendar.fiscalYearOf(day);
        return plans.findByRepIdAndFiscalYear(repId, year).map(plan -> of(year, plan.terms()));
    }

    @Override
    public String describe(PactCommission terms) {
        return CommissionFormat.of(settings.userFormats()).summary(terms(terms)).rendered();
    }

    @Override
    public String planLink(long repId, LocalDate day) {
        return CommissionLinks.statement(repId, StatementPeriod.containing(StatementPeriod.DEFAULT_KIND, calendar, day));
    }

    static PactCommission of(int fiscalYear, PlanTerms terms) {
        return new PactCommission(fiscalYear, terms.revenueRate(), terms.gpRateAboveMin(),
                terms.acceleratorThreshold(), terms.acceleratorMultiplier());
    }

    /** The signed terms as a plan again; the plan's rules are checked once more on the way. */
    static PlanTerms terms(PactCommission signed) {
        return new PlanTerms(signed.revenueRate(), signed.gpRateAboveMin(), signed.acceleratorThreshold(),
                signed.acceleratorMultiplier());
    }
}
