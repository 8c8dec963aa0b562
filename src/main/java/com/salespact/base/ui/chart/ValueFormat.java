package com.salespact.base.ui.chart;

import java.io.Serializable;
import java.util.Objects;

/**
 * How numbers are shown on a value axis, in tooltips, data labels, target lines and gauges. Formatting happens in the
 * browser with {@code Intl.NumberFormat} in the chart's locale (ECharts formatters are functions, which JSON cannot
 * carry, so the client turns this description into one).
 *
 * @param kind     what kind of number this is
 * @param currency ISO 4217 code for {@link Kind#MONEY} and {@link Kind#COMPACT_MONEY}, else {@code null}
 * @param decimals fraction digits (for the compact kinds: the maximum)
 */
public record ValueFormat(Kind kind, String currency, int decimals) implements Serializable {

    public enum Kind {
        /** 1234.5 → "1,234.5" (fixed decimals). */
        NUMBER("number"),
        /** 1234567 → "1.2M". */
        COMPACT_NUMBER("compactNumber"),
        /** 1234.5 → "€1,234.50". */
        MONEY("money"),
        /** 1234567 → "€1.2M". */
        COMPACT_MONEY("compactMoney"),
        /** A fraction: 0.875 → "87.5%". */
        PERCENT("percent"),
        /** Already in percent: 87.5 → "87.5%". */
        PERCENT_POINTS("percentPoints");

        private final String jsName;

        Kind(String jsName) {
            this.jsName = jsName;
        }

        /** The name the client-side formatter knows this kind by. */
        public String jsName() {
            return jsName;
        }
    }

    public ValueFormat {
        Objects.requireNonNull(kind, "kind");
        if (decimals < 0 || decimals > 6) {
            throw new IllegalArgumentException("decimals must be 0..6: " + decimals);
        }
        boolean money = kind == Kind.MONEY || kind == Kind.COMPACT_MONEY;
        if (money && (currency == null || !currency.matches("[A-Z]{3}"))) {
            throw new IllegalArgumentException("money formats need an ISO 4217 currency code: " + currency);
        }
        if (!money) {
            currency = null;
        }
    }

    public static ValueFormat number(int decimals) {
        return new ValueFormat(Kind.NUMBER, null, decimals);
    }

    public static ValueFormat compactNumber() {
        return new ValueFormat(Kind.COMPACT_NUMBER, null, 1);
    }

    public static ValueFormat money(String currency, int decimals) {
        return new ValueFormat(Kind.MONEY, currency, decimals);
    }

    public static ValueFormat compactMoney(String currency) {
        return new ValueFormat(Kind.COMPACT_MONEY, currency, 1);
    }

    /** Values are fractions (1.0 = 100%). */
    public static ValueFormat percent(int decimals) {
        return new ValueFormat(Kind.PERCENT, null, decimals);
    }

    /** Values are already percentages (100 = 100%). */
    public static ValueFormat percentPoints(int decimals) {
        return new ValueFormat(Kind.PERCENT_POINTS, null, decimals);
    }
}
