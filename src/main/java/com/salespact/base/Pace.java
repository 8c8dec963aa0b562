package com.salespact.base;

import java.math.BigDecimal;

/** One rule everywhere: pro-rated attainment ≥ 100 % on track, 85–99 % behind, below 85 % at risk. */
public enum Pace {
    ON_TRACK, BEHIND, AT_RISK;

    private static final BigDecimal ON_TRACK_FROM = new BigDecimal("1.00");
    private static final BigDecimal BEHIND_FROM = new BigDecimal("0.85");

    /** @param attainment actual ÷ pro-rated target as a fraction (1.0 = 100 %); null when there is no target. */
    public static Pace of(BigDecimal attainment) {
        if (attainment == null || attainment.compareTo(ON_TRACK_FROM) >= 0) {
            return ON_TRACK;
        }
        return attainment.compareTo(BEHIND_FROM) >= 0 ? BEHIND : AT_RISK;
    }
}
