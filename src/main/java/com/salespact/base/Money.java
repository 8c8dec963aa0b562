package com.salespact.base;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** Money is BigDecimal with two decimals in the one company currency; this formats it for people. */
public final class Money {

    private Money() {
    }

    public static BigDecimal of(String amount) {
        return new BigDecimal(amount).setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    /** Whole units with grouping, e.g. "1,234,567". */
    public static String format(BigDecimal amount) {
        NumberFormat format = NumberFormat.getIntegerInstance(Locale.US);
        return format.format(orZero(amount).setScale(0, RoundingMode.HALF_UP));
    }

    /** Short form for tiles and TV screens: 950, 12.3k, 4.56M. */
    public static String compact(BigDecimal amount) {
        double value = orZero(amount).doubleValue();
        double abs = Math.abs(value);
        if (abs >= 1_000_000) {
            return String.format(Locale.US, "%.2fM", value / 1_000_000);
        }
        if (abs >= 10_000) {
            return String.format(Locale.US, "%.0fk", value / 1_000);
        }
        if (abs >= 1_000) {
            return String.format(Locale.US, "%.1fk", value / 1_000);
        }
        return String.format(Locale.US, "%.0f", value);
    }
}
