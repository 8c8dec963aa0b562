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

    /** False when the pact leaves this standard out (a minimum of 0): nothing is due, so no pace colour is shown. */
    public boolean hasStandard() {
        return hasStandard(minimum);
    }

    /** The same rule for a standard kept elsewhere (a review's frozen facts). */
    public static boolean hasStandard(int minimum) {
        return minimum > 0;
    }

    /** The pace to colour the cell with; null without a standard (the cells then stay uncoloured). */
    public Pace shownPace() {
        return hasStandard() ? pace() : null;
    }

    /** "12 / 40", or "12 / —" without a standard. */
    public String figure() {
        return figure(actual, minimum);
    }

    public static String figure(int actual, int minimum) {
        return actual + " / " + (hasStandard(minimum) ? String.valueOf(minimum) : "—");
    }

    public boolean met() {
        return actual >= minimum;
    }
}
