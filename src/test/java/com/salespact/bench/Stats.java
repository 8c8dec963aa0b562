package com.salespact.bench;

import java.util.Arrays;
import java.util.Locale;

/** Latency figures of one series of measurements (nanoseconds in, milliseconds out; nearest-rank percentiles). */
record Stats(int count, double p50, double p95, double p99, double max, double mean) {

    static Stats of(long[] nanos) {
        if (nanos.length == 0) {
            return new Stats(0, 0, 0, 0, 0, 0);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
        return new Stats(sorted.length, rank(sorted, 0.50), rank(sorted, 0.95), rank(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6, mean);
    }

    private static double rank(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.clamp(index, 0, sorted.length - 1)] / 1e6;
    }

    static String header(String first) {
        return String.format(Locale.ROOT, "%-44s %6s %9s %9s %9s %9s %9s", first, "n", "p50", "p95", "p99", "max", "mean");
    }

    String line(String label) {
        return String.format(Locale.ROOT, "%-44s %6d %6.2f ms %6.2f ms %6.2f ms %6.2f ms %6.2f ms", label, count, p50, p95,
                p99, max, mean);
    }
}
