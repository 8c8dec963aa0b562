package com.salespact.reviews;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A rep's weekly 1:1s in a period, for measuring the manager's commitment: how many were due (scheduled on a day
 * up to today), held, held on time (on or before the scheduled day), cancelled, and missed (due, not held, not
 * cancelled).
 */
public record OneOnOneAttendance(long repId, String repName, int due, int held, int heldOnTime, int cancelled,
                                 int missed) {

    /** Held on time ÷ due; null when none was due. */
    public BigDecimal onTimeRate() {
        return due == 0 ? null : BigDecimal.valueOf(heldOnTime).divide(BigDecimal.valueOf(due), 4,
                RoundingMode.HALF_UP);
    }
}
