package com.salespact.base;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;

/** One rule everywhere: pro-rated attainment ≥ 100 % on track, 85–99 % behind, below 85 % at risk. */
public enum Pace {
    ON_TRACK, BEHIND, AT_RISK;

    private static final BigDecimal ON_TRACK_FROM = new BigDecimal("1.00");
    private static final BigDecimal BEHIND_FROM = new BigDecimal("0.85");

    /** At risk, then behind, then on track: lists that open on what needs attention put the worst first. */
    public static final Comparator<Pace> WORST_FIRST = Comparator.comparingInt(pace -> switch (pace) {
        case AT_RISK -> 0;
        case BEHIND -> 1;
        case ON_TRACK -> 2;
    });

    /**
     * Attainment, the one way: actual ÷ what was due, as a fraction to four places (1.0 = 100 %); null when nothing
     * was due (no target, or too early), which counts as on track.
     */
    public static BigDecimal attainment(BigDecimal actual, BigDecimal due) {
        if (due == null || due.signum() == 0) {
            return null;
        }
        return actual.divide(due, 4, RoundingMode.HALF_UP);
    }

    /** The pace of {@code actual} against what was due. */
    public static Pace of(BigDecimal actual, BigDecimal due) {
        return of(attainment(actual, due));
    }

    /** @param attainment actual ÷ pro-rated target as a fraction (1.0 = 100 %); null when there is no target. */
    public static Pace of(BigDecimal attainment) {
        if (attainment == null || attainment.compareTo(ON_TRACK_FROM) >= 0) {
            return ON_TRACK;
        }
        return attainment.compareTo(BEHIND_FROM) >= 0 ? BEHIND : AT_RISK;
    }
}
