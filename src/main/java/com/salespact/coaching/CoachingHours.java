package com.salespact.coaching;

import java.math.BigDecimal;
import java.time.YearMonth;

/** Coaching one rep received in one calendar month: hours and number of sessions. */
public record CoachingHours(long repId, String repName, YearMonth month, BigDecimal hours, int sessions) {
}
