package com.salespact.activities.query;

import com.salespact.base.Pace;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One minimum standard for one rep and week: how many were done, the weekly minimum, and how many were due by
 * today (pro-rated by working days, so Tuesday is not judged against Friday's number).
 */
public record ScoreLine(Metric metric, int actual, int minimum, BigDecimal dueByNow) {

    public enum Metric {
        CALLS, MEETINGS, NEW_OPPORTUNITIES, PROPOSALS
    }

    public Pace pace() {
        if (dueByNow.signum() == 0) {
            return Pace.ON_TRACK;
        }
        return Pace.of(BigDecimal.valueOf(actual).divide(dueByNow, 4, RoundingMode.HALF_UP));
    }

    public boolean met() {
        return actual >= minimum;
    }
}
