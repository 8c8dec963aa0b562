package com.salespact.commission;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

/**
 * Numbers as rule texts show them: "€12,000" (cents only when there are some), commission to the cent "€360.00",
 * rates "3.0 %", thresholds "100 %", multipliers "1.5×". One currency per company.
 */
public record CommissionFormat(String currencySymbol) {

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.US);

    public static CommissionFormat of(String currencyCode) {
        String symbol;
        try {
            symbol = Currency.getInstance(currencyCode).getSymbol(Locale.US);
        } catch (IllegalArgumentException | NullPointerException unknown) {
            symbol = currencyCode == null ? "" : currencyCode + " ";
        }
        return new CommissionFormat(symbol);
    }

    /** An amount: whole units unless it has cents. */
    public String money(BigDecimal amount) {
        BigDecimal value = amount.setScale(2, RoundingMode.HALF_EVEN);
        String pattern = value.remainder(BigDecimal.ONE).signum() == 0 ? "#,##0" : "#,##0.00";
        return sign(value) + currencySymbol + new DecimalFormat(pattern, SYMBOLS).format(value.abs());
    }

    /** Commission: always to the cent. */
    public String cents(BigDecimal amount) {
        BigDecimal value = amount.setScale(2, RoundingMode.HALF_EVEN);
        return sign(value) + currencySymbol + new DecimalFormat("#,##0.00", SYMBOLS).format(value.abs());
    }

    /** A rate as a percentage with at least one decimal: 0.03 → "3.0 %", 0.0325 → "3.25 %". */
    public String rate(BigDecimal fraction) {
        return percent(fraction, 1);
    }

    /** A threshold as a percentage: 1.0 → "100 %", 1.25 → "125 %". */
    public String threshold(BigDecimal fraction) {
        return percent(fraction, 0);
    }

    /** A plan in one sentence: the statement's pending-plan note, the rep's notification and the pact use it. */
    public RuleText summary(PlanTerms terms) {
        return new RuleText("commission.plan.short", java.util.List.of(rate(terms.revenueRate()),
                rate(terms.gpRateAboveMin()), multiplier(terms.acceleratorMultiplier()),
                threshold(terms.acceleratorThreshold())));
    }

    /** 1.5 → "1.5×", 2 → "2×". */
    public String multiplier(BigDecimal multiplier) {
        return plain(multiplier, 0) + "×";
    }

    private static String percent(BigDecimal fraction, int minDecimals) {
        return plain(fraction.movePointRight(2), minDecimals) + " %";
    }

    private static String plain(BigDecimal value, int minDecimals) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() < minDecimals) {
            stripped = stripped.setScale(minDecimals, RoundingMode.UNNECESSARY);
        }
        return stripped.toPlainString();
    }

    private static String sign(BigDecimal value) {
        return value.signum() < 0 ? "−" : "";
    }
}
