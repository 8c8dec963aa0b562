package com.salespact.dashboard.query;

import com.salespact.base.DateRange;
import com.salespact.base.PeriodKind;
import com.salespact.goals.SalesCurve;
import com.salespact.goals.query.TeamPace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The company-wide dashboard for one period: every team's figures summed ({@code pace} holds every team's reps, its
 * targets the sum of the team targets), the curve and pipeline of every team, and the teams themselves, behind first.
 */
public record CompanyBoard(PeriodKind kind, DateRange range, LocalDate asOf, TeamPace pace, List<TeamStanding> teams,
                           SalesCurve curve, List<StageTotal> stages, BigDecimal openToPeriodEnd,
                           BigDecimal commitRemaining) {

    /** Won so far plus committed deals expected to close in the rest of the period. */
    public BigDecimal forecast() {
        return pace.actualRevenue().add(commitRemaining);
    }
}
