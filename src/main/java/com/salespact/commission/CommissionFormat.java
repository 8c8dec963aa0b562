package com.salespact.commission;

import com.salespact.base.Formats;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Numbers as rule texts show them, through {@link Formats} for the user being served: "€12,000" (cents only when
 * there are some), commission to the cent "€360.00", rates "3.0 %", thresholds "100 %", multipliers "1.5×" (in
 * German "12.000 €", "360,00 €", "3,0 %"). One currency per company.
 */
public record CommissionFormat(Formats formats) {

    /** In the company's default locale (en-GB): for tests and texts written outside a request. */
    public static CommissionFormat of(String currencyCode) {
        return new CommissionFormat(Formats.of(Locale.UK, currencyCode));
    }

    public static CommissionFormat of(Formats formats) {
        return new CommissionFormat(formats);
    }

    /** An amount: whole units unless it has cents. */
    public String money(BigDecimal amount) {
        BigDecimal value = amount.setScale(2, RoundingMode.HALF_EVEN);
        BigDecimal magnitude = value.abs();
        return sign(value) + (magnitude.remainder(BigDecimal.ONE).signum() == 0 ? formats.money(magnitude)
                : formats.moneyExact(magnitude));
    }

    /** Commission: always to the cent. */
    public String cents(BigDecimal amount) {
        BigDecimal value = amount.setScale(2, RoundingMode.HALF_EVEN);
        return sign(value) + formats.moneyExact(value.abs());
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

    /** A day as the user reads it, "4 Dec 2026". */
    public String date(java.time.LocalDate day) {
        return formats.date(day);
    }

    private String percent(BigDecimal fraction, int minDecimals) {
        return plain(fraction.movePointRight(2), minDecimals) + " %";
    }

    private String plain(BigDecimal value, int minDecimals) {
        BigDecimal stripped = value.stripTrailingZeros();
        NumberFormat number = NumberFormat.getNumberInstance(formats.locale());
        number.setGroupingUsed(false);
        number.setMinimumFractionDigits(minDecimals);
        number.setMaximumFractionDigits(Math.max(minDecimals, stripped.scale()));
        return number.format(stripped);
    }

    private static String sign(BigDecimal value) {
        return value.signum() < 0 ? "−" : "";
    }
}
