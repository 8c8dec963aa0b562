package com.salespact.demo;

import static com.salespact.demo.DemoCatalog.pick;

import com.salespact.base.FiscalCalendar;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Eighteen months of closed deals and today's open pipeline. Won deals are drawn month by month until they add up
 * to the rep's month target × their performance factor, so pace per quarter is controlled rather than left to luck;
 * the current quarter uses the rep's exact performance factor pro-rated to today.
 */
final class DemoDealPlanner {

    private static final long MIN_AMOUNT = 5_000;
    private static final List<String> PIPELINE = List.of("PROSPECT", "QUALIFIED", "PROPOSAL", "NEGOTIATION");
    /** Where lost deals fell out, and where open deals sit today (percent per pipeline stage). */
    private static final int[] LOST_AT = {15, 35, 30, 20};
    private static final int[] OPEN_AT = {30, 25, 25, 20};

    private final DemoClock time;
    private final Random random;
    private final Map<String, DemoPlan.Target> targets;
    private final Map<String, List<DemoPlan.Account>> accountsByOwner;
    private final Map<LocalDate, Double> quarterFactors = new HashMap<>();

    DemoDealPlanner(DemoClock time, Random random, List<DemoPlan.Target> targets,
            Map<String, List<DemoPlan.Account>> accountsByOwner) {
        this.time = time;
        this.random = random;
        this.targets = DemoPeoplePlanner.byUsernameAndYear(targets);
        this.accountsByOwner = accountsByOwner;
    }

    /** All deals of all reps, numbered DL-00001… from the oldest. */
    List<DemoPlan.Deal> deals(List<DemoRep> reps) {
        List<DemoPlan.Deal> deals = new ArrayList<>();
        for (DemoRep rep : reps) {
            quarterFactors.clear();
            closedDeals(rep, deals);
            openDeals(rep, deals);
        }
        deals.sort(Comparator.comparing(DemoPlan.Deal::createdAt));
        return IntStream.range(0, deals.size())
                .mapToObj(i -> deals.get(i).withExternalId("DL-%05d".formatted(i + 1)))
                .toList();
    }

    private void closedDeals(DemoRep rep, List<DemoPlan.Deal> out) {
        LocalDate today = time.today();
        List<DemoPlan.Account> accounts = accountsByOwner.get(rep.username());
        double carry = 0;
        for (YearMonth month = YearMonth.from(time.historyStart()); !month.isAfter(YearMonth.from(today));
                month = month.plusMonths(1)) {
            LocalDate first = max(month.atDay(1), time.historyStart());
            LocalDate last = month.atEndOfMonth();
            double elapsed = (double) FiscalCalendar.workingDaysBetween(first, min(last, today))
                    / FiscalCalendar.workingDaysBetween(month.atDay(1), last);
            double goal = carry + monthTarget(rep, month.atDay(1)) * elapsed * quarterFactor(rep, month.atDay(1))
                    * (isCurrentQuarter(month.atDay(1)) ? 1.0 : 0.9 + 0.2 * random.nextDouble());
            // Deals close on working days before today, so nothing closes in the future or later today.
            List<LocalDate> closingDays = DemoClock.workingDays(first, min(last, today.minusDays(1)));
            if (closingDays.isEmpty()) {
                carry = goal;
                continue;
            }
            int won = 0;
            while (goal >= MIN_AMOUNT) {
                DemoPlan.Account account = pick(accounts, random);
                long amount = Math.min(amountFor(account), (long) (goal / 100) * 100);
                out.add(closedDeal(rep, account, amount, true, pick(closingDays, random)));
                goal -= amount;
                won++;
            }
            carry = goal;
            int lost = (int) (won * (1 - rep.winRate()) / rep.winRate() + random.nextDouble());
            for (int i = 0; i < lost; i++) {
                DemoPlan.Account account = pick(accounts, random);
                out.add(closedDeal(rep, account, amountFor(account), false, pick(closingDays, random)));
            }
        }
    }

    private DemoPlan.Deal closedDeal(DemoRep rep, DemoPlan.Account account, long amount, boolean won,
            LocalDate closedOn) {
        LocalDateTime closedAt = time.officeHours(closedOn, random);
        int cycleDays = rep.hunter() ? 30 + random.nextInt(80) : 14 + random.nextInt(56);
        List<String> path;
        String forecast;
        String lostReason = null;
        if (won) {
            path = List.of("PROSPECT", "QUALIFIED", "PROPOSAL", "NEGOTIATION", "WON");
            forecast = "COMMIT";
        } else {
            int reached = weightedIndex(LOST_AT);
            path = new ArrayList<>(PIPELINE.subList(0, reached + 1));
            path.add("LOST");
            cycleDays = Math.max(path.size() + 2, cycleDays * (reached + 1) / PIPELINE.size());
            forecast = reached == 3 ? "COMMIT" : reached == 2 ? "BEST_CASE" : "PIPELINE";
            lostReason = pick(DemoCatalog.LOST_REASONS, random);
        }
        LocalDateTime createdAt = time.officeHours(closedOn.minusDays(cycleDays), random);
        LocalDate expected = random.nextBoolean() ? closedOn : closedOn.minusDays(1 + random.nextInt(14));
        return new DemoPlan.Deal(null, dealName(rep, account), account.externalId(), rep.username(), amount,
                grossProfit(rep, amount), path.getLast(), forecast, max(expected, createdAt.toLocalDate()), closedOn,
                null, lostReason, time.at(closedAt), time.at(createdAt), history(path, createdAt, closedAt));
    }

    private void openDeals(DemoRep rep, List<DemoPlan.Deal> out) {
        List<DemoPlan.Account> accounts = accountsByOwner.get(rep.username());
        int count = 6 + (int) Math.round(rep.performance() * 8) + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            DemoPlan.Account account = pick(accounts, random);
            long amount = amountFor(account);
            int stageIndex = weightedIndex(OPEN_AT);
            String stage = PIPELINE.get(stageIndex);
            int stageAgeDays = random.nextInt(100) < 15 ? 30 + random.nextInt(40) : 1 + random.nextInt(25);
            LocalDateTime enteredAt = time.officeHours(time.today().minusDays(stageAgeDays), random);
            LocalDateTime createdAt = stageIndex == 0
                    ? enteredAt.minusMinutes(5 + random.nextInt(115))
                    : time.officeHours(enteredAt.toLocalDate()
                            .minusDays(stageIndex * (7L + random.nextInt(14)) + random.nextInt(6)), random);
            out.add(new DemoPlan.Deal(null, dealName(rep, account), account.externalId(), rep.username(), amount,
                    grossProfit(rep, amount), stage, openForecast(stageIndex), expectedClose(stageIndex), null,
                    nextStep(stageIndex), null, time.at(enteredAt), time.at(createdAt),
                    history(PIPELINE.subList(0, stageIndex + 1), createdAt, enteredAt)));
        }
    }

    /**
     * PROSPECT → … → the last stage of {@code path}: the first change shortly after creation, the last one at
     * {@code last}, the ones between on distinct days in office hours. Callers leave at least one day per step.
     */
    private List<DemoPlan.StageChange> history(List<String> path, LocalDateTime createdAt, LocalDateTime last) {
        int steps = path.size();
        if (steps == 1) {
            return List.of(new DemoPlan.StageChange(null, path.getFirst(), time.at(last)));
        }
        List<DemoPlan.StageChange> changes = new ArrayList<>();
        LocalDateTime first = createdAt.plusMinutes(1 + random.nextInt(60));
        changes.add(new DemoPlan.StageChange(null, path.getFirst(), time.at(first)));
        long gap = ChronoUnit.DAYS.between(first.toLocalDate(), last.toLocalDate()) / (steps - 1);
        for (int i = 1; i < steps - 1; i++) {
            LocalDate day = first.toLocalDate().plusDays(i * gap + random.nextInt((int) Math.max(1, gap / 2)));
            changes.add(new DemoPlan.StageChange(path.get(i - 1), path.get(i), time.at(time.officeHours(day, random))));
        }
        changes.add(new DemoPlan.StageChange(path.get(steps - 2), path.getLast(), time.at(last)));
        return changes;
    }

    /** The rep's month target: annual revenue × the fiscal month's seasonality weight ÷ 12. */
    private double monthTarget(DemoRep rep, LocalDate monthStart) {
        FiscalCalendar calendar = time.calendar();
        DemoPlan.Target target = targets.get(
                DemoPeoplePlanner.key(rep.username(), calendar.fiscalYearOf(monthStart)));
        double weight = target.monthWeights().get(calendar.fiscalMonthOf(monthStart) - 1).doubleValue();
        return target.revenue().doubleValue() * weight / 12;
    }

    /** The current quarter uses the rep's performance; earlier quarters drift away from it, within 60–125 %. */
    private double quarterFactor(DemoRep rep, LocalDate day) {
        LocalDate quarterStart = time.calendar().quarterOf(day).start();
        LocalDate currentStart = time.calendar().quarterOf(time.today()).start();
        long quartersBack = ChronoUnit.MONTHS.between(quarterStart, currentStart) / 3;
        return quarterFactors.computeIfAbsent(quarterStart, q -> quartersBack == 0
                ? rep.performance()
                : Math.clamp(rep.performance() + rep.drift() * quartersBack + 0.2 * random.nextDouble() - 0.1,
                        0.6, 1.25));
    }

    private boolean isCurrentQuarter(LocalDate day) {
        return time.calendar().quarterOf(time.today()).contains(day);
    }

    /** A accounts buy big, C accounts small; whole hundreds. */
    private long amountFor(DemoPlan.Account account) {
        return switch (account.accountClass()) {
            case "A" -> 40_000 + 100L * random.nextInt(1_101);
            case "B" -> 15_000 + 100L * random.nextInt(451);
            default -> MIN_AMOUNT + 100L * random.nextInt(201);
        };
    }

    /** 20–45 % of the amount around the rep's usual margin, rounded down so it never exceeds the amount. */
    private long grossProfit(DemoRep rep, long amount) {
        double margin = Math.clamp(rep.grossMargin() + 0.12 * (random.nextDouble() - 0.5), 0.20, 0.45);
        return (long) (amount * margin / 100) * 100;
    }

    private String dealName(DemoRep rep, DemoPlan.Account account) {
        String kind = pick(rep.hunter() ? DemoCatalog.NEW_BUSINESS : DemoCatalog.EXISTING_BUSINESS, random);
        return account.name() + " – " + pick(DemoCatalog.PRODUCTS, random) + " " + kind;
    }

    private String openForecast(int stageIndex) {
        int roll = random.nextInt(100);
        return switch (stageIndex) {
            case 3 -> roll < 85 ? "COMMIT" : "BEST_CASE";
            case 2 -> roll < 50 ? "COMMIT" : "BEST_CASE";
            case 1 -> roll < 30 ? "BEST_CASE" : "PIPELINE";
            default -> "PIPELINE";
        };
    }

    /** Later stages close sooner; some proposals and negotiations have slipped past their date. */
    private LocalDate expectedClose(int stageIndex) {
        if (stageIndex >= 2 && random.nextInt(100) < 15) {
            return time.today().minusDays(1 + random.nextInt(10));
        }
        int[][] windows = {{45, 140}, {30, 110}, {15, 75}, {5, 45}};
        int[] window = windows[stageIndex];
        return time.today().plusDays(window[0] + random.nextInt(window[1] - window[0] + 1));
    }

    private String nextStep(int stageIndex) {
        return pick(switch (stageIndex) {
            case 0 -> DemoCatalog.PROSPECT_STEPS;
            case 1 -> DemoCatalog.QUALIFIED_STEPS;
            case 2 -> DemoCatalog.PROPOSAL_STEPS;
            default -> DemoCatalog.NEGOTIATION_STEPS;
        }, random);
    }

    private int weightedIndex(int[] percents) {
        int roll = random.nextInt(100);
        for (int i = 0; i < percents.length; i++) {
            roll -= percents[i];
            if (roll < 0) {
                return i;
            }
        }
        return percents.length - 1;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
