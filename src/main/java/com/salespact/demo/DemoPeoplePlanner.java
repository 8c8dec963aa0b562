package com.salespact.demo;

import com.salespact.base.FiscalCalendar;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Teams, people, rep behaviour, annual targets with seasonality, and commission plans. */
final class DemoPeoplePlanner {

    private final DemoClock time;
    private final Random random;

    DemoPeoplePlanner(DemoClock time, Random random) {
        this.time = time;
        this.random = random;
    }

    List<DemoPlan.Team> teams() {
        return List.of(new DemoPlan.Team(DemoCatalog.NORTH, managerOf(DemoCatalog.NORTH)),
                new DemoPlan.Team(DemoCatalog.SOUTH, managerOf(DemoCatalog.SOUTH)));
    }

    List<DemoPlan.Person> people() {
        return DemoCatalog.PEOPLE.stream()
                .map(p -> new DemoPlan.Person(p.username(), p.fullName(), p.email(), p.role(), p.repStyle(), p.team(),
                        time.today().minusDays(500 + random.nextInt(2500))))
                .toList();
    }

    List<DemoRep> reps() {
        return DemoCatalog.PEOPLE.stream()
                .filter(DemoCatalog.Person::isRep)
                .map(p -> new DemoRep(p.username(), p.isHunter(), p.team(), managerOf(p.team()), p.performance(),
                        between(-0.06, 0.06), between(0.30, 0.45), between(0.26, 0.38)))
                .toList();
    }

    /**
     * One target per rep for every fiscal year the history touches (at least the previous and the current one).
     * Hunters carry 800k–1.0M, farmers 1.1M–1.4M in the current year; earlier years are about 8 % lower each.
     */
    List<DemoPlan.Target> targets(List<DemoRep> reps) {
        FiscalCalendar calendar = time.calendar();
        int currentYear = calendar.fiscalYearOf(time.today());
        int firstYear = Math.min(currentYear - 1, calendar.fiscalYearOf(time.historyStart()));
        List<BigDecimal> weights = seasonality(calendar);
        List<DemoPlan.Target> targets = new ArrayList<>();
        for (DemoRep rep : reps) {
            long current = rep.hunter()
                    ? 800_000 + 10_000L * random.nextInt(21)
                    : 1_100_000 + 10_000L * random.nextInt(31);
            for (int year = firstYear; year <= currentYear; year++) {
                long revenue = roundTo(current * Math.pow(0.92, currentYear - year), 10_000);
                long minGrossProfit = roundTo(revenue * between(0.28, 0.32), 1_000);
                targets.add(new DemoPlan.Target(rep.username(), year, money(revenue), money(minGrossProfit), weights,
                        rep.managerUsername(),
                        time.at(calendar.year(year).start().minusDays(5 + random.nextInt(20)), 10 * 60)));
            }
        }
        return targets;
    }

    /** Hunters are paid more on revenue (new logos), everyone on gross profit above the minimum. */
    List<DemoPlan.CommissionPlan> commissionPlans(List<DemoRep> reps) {
        int year = time.calendar().fiscalYearOf(time.today());
        return reps.stream()
                .map(rep -> new DemoPlan.CommissionPlan(rep.username(), year,
                        rate(rep.hunter() ? 0.04 + 0.005 * random.nextInt(3) : 0.03 + 0.005 * random.nextInt(3)),
                        rate(0.08 + 0.01 * random.nextInt(3)), rate(1.0), rate(1.5)))
                .toList();
    }

    /**
     * Twelve fiscal-month weights summing to exactly 12: softer in January and the summer holidays,
     * stronger in the last month of each fiscal quarter.
     */
    static List<BigDecimal> seasonality(FiscalCalendar calendar) {
        double[] byCalendarMonth = {0.85, 0.95, 1.0, 1.0, 1.05, 1.05, 0.8, 0.7, 1.05, 1.05, 1.1, 0.9};
        double[] raw = new double[12];
        double sum = 0;
        for (int fiscalMonth = 1; fiscalMonth <= 12; fiscalMonth++) {
            int calendarMonth = (calendar.startMonth() - 1 + fiscalMonth - 1) % 12;
            raw[fiscalMonth - 1] = byCalendarMonth[calendarMonth] + (fiscalMonth % 3 == 0 ? 0.2 : 0);
            sum += raw[fiscalMonth - 1];
        }
        List<BigDecimal> weights = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        int largest = 0;
        for (int i = 0; i < 12; i++) {
            BigDecimal weight = BigDecimal.valueOf(raw[i] * 12 / sum).setScale(4, RoundingMode.HALF_UP);
            weights.add(weight);
            total = total.add(weight);
            largest = weight.compareTo(weights.get(largest)) > 0 ? i : largest;
        }
        weights.set(largest, weights.get(largest).add(BigDecimal.valueOf(12).subtract(total)));
        return List.copyOf(weights);
    }

    static Map<String, DemoPlan.Target> byUsernameAndYear(List<DemoPlan.Target> targets) {
        return targets.stream().collect(Collectors.toMap(t -> key(t.username(), t.fiscalYear()), Function.identity()));
    }

    static String key(String username, int fiscalYear) {
        return username + "/" + fiscalYear;
    }

    private static String managerOf(String team) {
        return DemoCatalog.PEOPLE.stream()
                .filter(p -> "MANAGER".equals(p.role()) && team.equals(p.team()))
                .findFirst().orElseThrow().username();
    }

    private double between(double low, double high) {
        return low + random.nextDouble() * (high - low);
    }

    private static long roundTo(double value, long unit) {
        return Math.round(value / unit) * unit;
    }

    private static BigDecimal money(long amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.UNNECESSARY);
    }

    private static BigDecimal rate(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
    }
}
