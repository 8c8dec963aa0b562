package com.salespact.goals;

import com.salespact.base.DateRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Cumulative sales against goal over a period, bucket by bucket: what was won, where the target pace says we should
 * be, and the forecast (won so far plus committed deals expected to close by then). Future buckets have no actual;
 * past buckets have no forecast (null = a gap in the chart).
 */
public record SalesCurve(List<DateRange> buckets, List<BigDecimal> actual, List<BigDecimal> targetPace,
                         List<BigDecimal> forecast) {

    public static SalesCurve of(List<DateRange> buckets, LocalDate asOf, List<MonthTarget> targets,
                                Map<LocalDate, BigDecimal> wonByDay, Map<LocalDate, BigDecimal> commitByDay) {
        List<BigDecimal> actual = new ArrayList<>();
        List<BigDecimal> pace = new ArrayList<>();
        List<BigDecimal> forecast = new ArrayList<>();
        if (buckets.isEmpty()) {
            return new SalesCurve(buckets, actual, pace, forecast);
        }
        LocalDate start = buckets.getFirst().start();
        BigDecimal wonToDate = sumBetween(wonByDay, start, asOf);
        for (DateRange bucket : buckets) {
            DateRange soFar = new DateRange(start, bucket.end());
            pace.add(targets.stream().map(month -> month.revenueWithin(soFar))
                    .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(0, RoundingMode.HALF_UP));
            boolean started = !bucket.start().isAfter(asOf);
            boolean reachesToday = !bucket.end().isBefore(asOf);
            actual.add(started ? sumBetween(wonByDay, start, min(bucket.end(), asOf)) : null);
            forecast.add(reachesToday
                    ? wonToDate.add(sumBetween(commitByDay, asOf.plusDays(1), bucket.end())) : null);
        }
        return new SalesCurve(buckets, actual, pace, forecast);
    }

    private static BigDecimal sumBetween(Map<LocalDate, BigDecimal> byDay, LocalDate from, LocalDate to) {
        return byDay.entrySet().stream()
                .filter(entry -> !entry.getKey().isBefore(from) && !entry.getKey().isAfter(to))
                .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
