package com.salespact.goals;

import com.salespact.base.RuleViolation;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Twelve fiscal-month weights (index 0 = first month of the fiscal year) that spread an annual target over months.
 * Weights are relative: month i gets {@code weight(i) / total()} of the year, so they need not sum to 12.
 * A weight is never negative and at least one is above zero; weights keep four decimals (the column's scale).
 * Rule messages are translation keys; the field is {@code weight1}..{@code weight12} or {@code weights}.
 */
public record Seasonality(List<BigDecimal> weights) {

    public static final int MONTHS = 12;
    private static final BigDecimal MAX_WEIGHT = new BigDecimal("9999.9999");
    private static final MathContext MC = MathContext.DECIMAL64;

    public Seasonality {
        if (weights == null || weights.size() != MONTHS) {
            throw RuleViolation.at("weights", "targets.error.weights-count");
        }
        List<BigDecimal> scaled = new ArrayList<>(MONTHS);
        for (int i = 0; i < MONTHS; i++) {
            BigDecimal weight = weights.get(i);
            String field = field(i + 1);
            if (weight == null) {
                throw RuleViolation.at(field, "targets.error.weight-required");
            }
            if (weight.signum() < 0) {
                throw RuleViolation.at(field, "targets.error.weight-negative");
            }
            BigDecimal value = weight.setScale(4, RoundingMode.HALF_UP);
            if (value.compareTo(MAX_WEIGHT) > 0) {
                throw RuleViolation.at(field, "targets.error.weight-too-large");
            }
            scaled.add(value);
        }
        if (scaled.stream().allMatch(weight -> weight.signum() == 0)) {
            throw RuleViolation.at("weights", "targets.error.weights-zero");
        }
        weights = List.copyOf(scaled);
    }

    /** Every month the same share. */
    public static Seasonality flat() {
        return new Seasonality(Collections.nCopies(MONTHS, BigDecimal.ONE));
    }

    public static Seasonality of(BigDecimal... weights) {
        return new Seasonality(Arrays.asList(weights));
    }

    /** Parses the stored form "1.0000,0.9500,…"; null or blank is flat. */
    public static Seasonality parse(String text) {
        if (text == null || text.isBlank()) {
            return flat();
        }
        String[] parts = text.split(",");
        List<BigDecimal> values = new ArrayList<>(parts.length);
        for (String part : parts) {
            values.add(new BigDecimal(part.strip()));
        }
        return new Seasonality(values);
    }

    /** The form field a month's weight is edited in. */
    public static String field(int fiscalMonth) {
        return "weight" + fiscalMonth;
    }

    /** @param fiscalMonth 1..12 */
    public BigDecimal weight(int fiscalMonth) {
        return weights.get(fiscalMonth - 1);
    }

    public BigDecimal total() {
        return weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The month's share of the year, 0..1. */
    public BigDecimal share(int fiscalMonth) {
        return weight(fiscalMonth).divide(total(), MC);
    }

    public boolean isFlat() {
        return weights.stream().distinct().count() == 1;
    }

    /**
     * An annual amount spread over the twelve months, in cents, summing exactly to the amount (rounded to cents):
     * each month is rounded down and the remaining cents go to the months with the largest remainders.
     */
    public List<BigDecimal> spread(BigDecimal annual) {
        BigDecimal total = annual.setScale(2, RoundingMode.HALF_UP);
        BigDecimal[] exact = new BigDecimal[MONTHS];
        BigDecimal[] rounded = new BigDecimal[MONTHS];
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < MONTHS; i++) {
            exact[i] = total.multiply(share(i + 1), MC);
            rounded[i] = exact[i].setScale(2, RoundingMode.DOWN);
            sum = sum.add(rounded[i]);
        }
        int cents = total.subtract(sum).movePointRight(2).intValueExact();
        List<Integer> byRemainder = IntStream.range(0, MONTHS).boxed()
                .sorted(Comparator.comparing((Integer i) -> exact[i].subtract(rounded[i])).reversed()
                        .thenComparing(i -> i))
                .toList();
        for (int k = 0; k < cents; k++) {
            int month = byRemainder.get(k % MONTHS);
            rounded[month] = rounded[month].add(new BigDecimal("0.01"));
        }
        return List.of(rounded);
    }

    /** The stored form, as written to target_month_weight's revision text. */
    public String asText() {
        return weights.stream().map(BigDecimal::toPlainString).collect(Collectors.joining(","));
    }
}
