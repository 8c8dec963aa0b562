package com.salespact.demo;

import static com.salespact.demo.DemoCatalog.pick;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Calls, meetings, prospecting and proposals for every rep on every working day of the history, today included
 * (only the part of today that has passed). Daily counts of 6–12 calls, 1–3 meetings, 0–2 prospecting and 0–1
 * proposals are scaled by the rep's effort, so weaker reps fall below 40 calls, 8 meetings and 3 prospecting
 * activities (new opportunities) a week. Prospecting reacts most to effort: it is the first thing a busy rep drops.
 */
final class DemoActivityPlanner {

    private static final int OFFICE_OPENS = 8 * 60;
    private static final int OFFICE_MINUTES = 10 * 60;

    private final DemoClock time;
    private final Random random;
    private final Map<String, List<DemoPlan.Account>> accountsByOwner;

    DemoActivityPlanner(DemoClock time, Random random, Map<String, List<DemoPlan.Account>> accountsByOwner) {
        this.time = time;
        this.random = random;
        this.accountsByOwner = accountsByOwner;
    }

    List<DemoPlan.Activity> activities(List<DemoRep> reps) {
        List<LocalDate> days = DemoClock.workingDays(time.historyStart(), time.today());
        List<DemoPlan.Activity> activities = new ArrayList<>(reps.size() * days.size() * 13);
        for (DemoRep rep : reps) {
            for (LocalDate day : days) {
                double dayPassed = dayPassed(day);
                double scale = rep.effort() * dayPassed;
                int minutes = (int) (OFFICE_MINUTES * dayPassed);
                add(activities, rep, day, minutes, "CALL", count((6 + 6 * random.nextDouble()) * scale), 50);
                add(activities, rep, day, minutes, "MEETING", count((1 + 2 * random.nextDouble()) * scale), 80);
                add(activities, rep, day, minutes, "PROSPECTING",
                        trials(2, 0.45 * Math.pow(rep.effort(), 3) * dayPassed), rep.hunter() ? 30 : 0);
                add(activities, rep, day, minutes, "PROPOSAL", trials(1, 0.5 * scale), 100);
            }
        }
        return activities;
    }

    private void add(List<DemoPlan.Activity> out, DemoRep rep, LocalDate day, int minutes, String kind, int count,
            int linkedPercent) {
        List<DemoPlan.Account> accounts = accountsByOwner.get(rep.username());
        for (int i = 0; i < count; i++) {
            DemoPlan.Account account = random.nextInt(100) < linkedPercent ? pick(accounts, random) : null;
            String note = switch (kind) {
                case "MEETING" -> pick(DemoCatalog.MEETING_NOTES, random);
                case "PROPOSAL" -> "Proposal sent: " + pick(DemoCatalog.PRODUCTS, random);
                default -> null;
            };
            out.add(new DemoPlan.Activity(rep.username(), kind, day, account == null ? null : account.externalId(),
                    note, time.at(day, OFFICE_OPENS + random.nextInt(Math.max(1, minutes)))));
        }
    }

    /** 1 for past days; for today the share of office hours already gone, so nothing is logged in the future. */
    private double dayPassed(LocalDate day) {
        if (day.isBefore(time.today())) {
            return 1;
        }
        int minuteOfDay = time.now().getHour() * 60 + time.now().getMinute();
        return Math.clamp((minuteOfDay - OFFICE_OPENS) / (double) OFFICE_MINUTES, 0, 1);
    }

    private static int count(double expected) {
        return (int) Math.round(expected);
    }

    /** How many of {@code n} chances, each taken with the given probability, were taken. */
    private int trials(int n, double probability) {
        int count = 0;
        for (int i = 0; i < n; i++) {
            count += random.nextDouble() < probability ? 1 : 0;
        }
        return count;
    }
}
