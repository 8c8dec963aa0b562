package com.salespact.dashboard.query;

import com.salespact.activities.query.WeekScorecard;
import com.salespact.base.DateRange;
import com.salespact.base.PeriodKind;
import com.salespact.goals.SalesCurve;
import com.salespact.goals.query.TeamPace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Every figure of the team dashboard for one period, read together. Records all the way down, so a screen can tell
 * which part changed since it last drew (equals) and redraw only that.
 */
public record TeamBoard(long teamId, PeriodKind kind, DateRange range, LocalDate asOf, TeamPace pace,
                        SalesCurve curve, List<StageTotal> stages, List<WeekScorecard> standards,
                        BigDecimal openToPeriodEnd, BigDecimal commitRemaining) {

    /** Won so far plus committed deals expected to close in the rest of the period. */
    public BigDecimal forecast() {
        return pace.actualRevenue().add(commitRemaining);
    }
}
