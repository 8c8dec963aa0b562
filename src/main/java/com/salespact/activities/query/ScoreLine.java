package com.salespact.activities.query;

import com.salespact.base.Pace;
import java.math.BigDecimal;

/**
 * One minimum standard for one rep and week: how many were done, the weekly minimum, and how many were due by
 * today (pro-rated by working days, so Tuesday is not judged against Friday's number).
 */
public record ScoreLine(Metric metric, int actual, int minimum, BigDecimal dueByNow) {

    public enum Metric {
        CALLS, MEETINGS, NEW_OPPORTUNITIES, PROPOSALS
    }

    /** Done ÷ due by now; null when nothing was due yet. */
    public BigDecimal attainment() {
        return Pace.attainment(BigDecimal.valueOf(actual), dueByNow);
    }

    public Pace pace() {
        return Pace.of(attainment());
    }

    public boolean met() {
        return actual >= minimum;
    }
}
