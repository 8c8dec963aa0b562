package com.salespact.demo;

import com.salespact.base.DateRange;
import com.salespact.holidays.WorkingDays;
import com.salespact.reviews.OneOnOneCadence;
import com.salespact.reviews.ReviewKind;
import com.salespact.reviews.ReviewPeriods;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A history of reviews for every demo rep: weekly 1:1s over the last {@value #WEEKS} weeks (one cancelled, a few
 * held late), a quarterly plan review closing the last quarter, the coming 1:1 and the next quarterly one, with
 * agenda items (some private), notes, action items (older ones done, recent ones still open, so they carry over)
 * and celebrations. Facts and the quarterly reasons come later, from the seeded deals (see {@link DemoReviewSeeder}).
 */
final class DemoReviewPlanner {

    static final int WEEKS = 6;

    record Rep(long id, String username, String fullName, long managerId, int index, List<String> accounts) {
    }

    record Agenda(long authorId, String text, boolean privateItem, boolean discussed) {
    }

    record Action(long ownerId, String text, LocalDate due, OffsetDateTime createdAt, OffsetDateTime doneAt) {
    }

    record Celebration(long authorId, String text, boolean big, OffsetDateTime createdAt) {
    }

    record Review(Rep rep, ReviewKind kind, LocalDate date, DateRange period, String status, OffsetDateTime heldAt,
                  LocalDate heldOn, String sharedNotes, String managerNotes, String planText, String managerFeedback,
                  String teamFeedback, OffsetDateTime createdAt, List<Agenda> agenda, List<Action> actions,
                  List<Celebration> celebrations) {

        boolean held() {
            return "HELD".equals(status);
        }

        String key() {
            return key(rep.id(), kind.name(), date);
        }

        static String key(long repId, String kind, LocalDate date) {
            return repId + "|" + kind + "|" + date;
        }
    }

    private static final List<String> REP_POINTS = List.of(
            "Pricing help for %s: they want 10 %% off",
            "Marketing leads this week were not qualified",
            "Can you join the %s meeting next week?",
            "Time off in two weeks: who covers my accounts?",
            "Stuck at procurement with %s",
            "Which demo do we show %s?",
            "Contract terms for %s: legal is slow");
    private static final List<String> MANAGER_POINTS = List.of(
            "Pipeline coverage for the rest of the quarter",
            "Proposals older than three weeks: next steps?",
            "Calls below the minimum standard: what got in the way?",
            "Forecast: which deals are really commit?",
            "Account plan for %s before the quarter ends",
            "Share how you won the last deal at the team meeting");
    private static final List<String> PRIVATE_POINTS = List.of(
            "Check in on motivation after the lost deal",
            "Tone in the last team meeting",
            "Candidate for mentoring the next new hire",
            "Workload: signs of overload?");
    private static final List<String> SHARED_NOTES = List.of(
            "Agreed to focus on the two largest proposals; pipeline review again next week.",
            "Good week on calls. Meetings still below the standard: block Tuesday mornings for prospecting.",
            "Walked through every deal in negotiation; two moved to best case.",
            "Discussed the %s objection handling; role-play next time.",
            "Quarter pace is the topic: three new opportunities a week until the gap closes.");
    private static final List<String> MANAGER_NOTES = List.of(
            "Confident, but the forecast is optimistic again.",
            "Needs help with negotiation; consider the training in January.",
            "Very strong week, mention at the team meeting.");
    private static final List<String> ACTIONS = List.of(
            "Send %s the revised proposal",
            "Book a meeting with the %s CFO",
            "Clean up close dates of all open deals",
            "Ask %s for a referral",
            "Prepare the account plan for %s",
            "Ten extra prospecting calls on Thursday");
    private static final List<String> MANAGER_ACTIONS = List.of(
            "Join the %s call",
            "Get a pricing decision for %s from finance",
            "Introduce the product specialist for %s");
    private static final List<String> CELEBRATIONS = List.of(
            "Forty calls for the third week in a row",
            "First meeting with the %s board",
            "Great feedback from %s on the demo",
            "Referral from %s",
            "Every minimum standard met this week");
    static final List<String> PLANS = List.of(
            "Close the gap with three new opportunities a week from B accounts; weekly clean-up of close dates on "
                    + "Monday; push the two largest proposals to a decision by mid-month.",
            "Stay ahead: protect the commit deals, start next quarter's pipeline now with five discovery meetings "
                    + "a week, and ask every won customer for a referral.");
    static final List<String> MANAGER_FEEDBACK = List.of(
            "Honest review. The plan is concrete; I will hold you to the weekly numbers in our 1:1s.",
            "Strong quarter. Keep the discipline on close dates; help the team with your discovery approach.");
    static final List<String> TEAM_FEEDBACK = List.of(
            "Team suggested pairing on demos with the product specialist.",
            "Team asked for the objection-handling notes to be shared.");

    private final DemoClock time;
    private final Random random;
    private final WorkingDays workingDays;

    DemoReviewPlanner(DemoClock time, Random random, WorkingDays workingDays) {
        this.time = time;
        this.random = random;
        this.workingDays = workingDays;
    }

    List<Review> reviews(List<Rep> reps, OneOnOneCadence cadence) {
        List<Review> reviews = new ArrayList<>();
        LocalDate today = time.today();
        // Like the app, the demo never meets on a weekend or a holiday: such a meeting moves to the next working day.
        LocalDate next = cadence.next(null, today, workingDays);
        LocalDate cadenceDay = cadence.next(null, today);
        for (Rep rep : reps) {
            reviews.add(quarterly(rep, closingQuarterlyDay(cadence)));
            for (int weeksBack = WEEKS; weeksBack >= 1; weeksBack--) {
                LocalDate day = workingDays.onOrAfter(cadenceDay.minusWeeks(weeksBack));
                if (day.isBefore(today)) {
                    reviews.add(weekly(rep, day, weeksBack));
                }
            }
            reviews.add(upcoming(rep, ReviewKind.WEEKLY_ONE_ON_ONE, next));
            reviews.add(upcoming(rep, ReviewKind.QUARTERLY_PLAN, workingDays.onOrAfter(time.calendar().quarterOf(today)
                    .end().plusDays(1).with(TemporalAdjusters.nextOrSame(cadence.day())))));
        }
        return reviews;
    }

    /** The quarterly review that closed the last quarter: early this quarter if that is past, else late last one. */
    private LocalDate closingQuarterlyDay(OneOnOneCadence cadence) {
        LocalDate quarterStart = time.calendar().quarterOf(time.today()).start();
        LocalDate early = workingDays.onOrAfter(quarterStart.with(TemporalAdjusters.nextOrSame(cadence.day())));
        // History stays in the past: late last quarter, a holiday moves it back to the working day before.
        return early.isBefore(time.today()) ? early
                : workingDays.onOrBefore(quarterStart.minusDays(1).with(TemporalAdjusters.previousOrSame(cadence.day())));
    }

    private Review weekly(Rep rep, LocalDate date, int weeksBack) {
        OffsetDateTime created = time.at(date.minusWeeks(1), 11 * 60);
        // One cancelled week per team (the manager travelled), a few held on the next working day.
        if (weeksBack == 4 && rep.index() % 6 == 0) {
            return new Review(rep, ReviewKind.WEEKLY_ONE_ON_ONE, date, ReviewPeriods.weekUnderReview(date),
                    "CANCELLED", null, null, null, null, null, null, null, created, List.of(), List.of(), List.of());
        }
        LocalDate late = workingDays.onOrAfter(date.with(TemporalAdjusters.next(java.time.DayOfWeek.MONDAY)));
        LocalDate heldOn = random.nextInt(100) < 12 && late.isBefore(time.today()) ? late : date;
        OffsetDateTime heldAt = time.at(heldOn, 9 * 60 + 45 * (rep.index() % 6) + 40);
        List<Agenda> agenda = new ArrayList<>();
        agenda.add(new Agenda(rep.id(), text(REP_POINTS, rep), false, true));
        agenda.add(new Agenda(rep.managerId(), text(MANAGER_POINTS, rep), false, true));
        if (random.nextInt(100) < 35) {
            agenda.add(new Agenda(rep.managerId(), DemoCatalog.pick(PRIVATE_POINTS, random), true, true));
        }
        List<Action> actions = new ArrayList<>();
        int count = 1 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
            boolean byManager = i == 1 && random.nextBoolean();
            LocalDate due = heldOn.plusDays(4 + random.nextInt(6));
            // Most actions get done before the next 1:1; some linger and carry over, recent ones are still open.
            boolean done = weeksBack > 1 && random.nextInt(100) < (weeksBack > 2 ? 85 : 55);
            OffsetDateTime doneAt = done ? doneBy(time.at(heldOn.plusDays(1 + random.nextInt(5)),
                    15 * 60 + random.nextInt(120))) : null;
            actions.add(new Action(byManager ? rep.managerId() : rep.id(),
                    text(byManager ? MANAGER_ACTIONS : ACTIONS, rep), due, heldAt.minusMinutes(10), doneAt));
        }
        List<Celebration> celebrations = random.nextInt(100) < 40
                ? List.of(new Celebration(rep.managerId(), text(CELEBRATIONS, rep), random.nextInt(100) < 20,
                        heldAt.minusMinutes(5)))
                : List.of();
        return new Review(rep, ReviewKind.WEEKLY_ONE_ON_ONE, date, ReviewPeriods.weekUnderReview(date), "HELD",
                heldAt, heldOn, text(SHARED_NOTES, rep),
                random.nextInt(100) < 30 ? DemoCatalog.pick(MANAGER_NOTES, random) : null, null, null, null, created,
                agenda, actions, celebrations);
    }

    private Review quarterly(Rep rep, LocalDate date) {
        OffsetDateTime heldAt = time.at(date, 13 * 60 + 60 * (rep.index() % 6));
        boolean ahead = rep.index() % 2 == 0;
        List<Action> actions = List.of(
                new Action(rep.id(), text(ACTIONS, rep), date.plusDays(14), heldAt.minusMinutes(15),
                        doneBy(time.at(date.plusDays(12), 16 * 60))),
                new Action(rep.id(), "Three discovery meetings a week with B accounts", date.plusDays(60),
                        heldAt.minusMinutes(10), null),
                new Action(rep.managerId(), text(MANAGER_ACTIONS, rep), date.plusDays(21), heldAt.minusMinutes(5),
                        doneBy(time.at(date.plusDays(9), 11 * 60))));
        return new Review(rep, ReviewKind.QUARTERLY_PLAN, date, ReviewPeriods.quarterUnderReview(time.calendar(), date),
                "HELD", heldAt, date, "Walked through the quarter month by month and week by week.", null,
                PLANS.get(ahead ? 1 : 0), MANAGER_FEEDBACK.get(ahead ? 1 : 0), TEAM_FEEDBACK.get(rep.index() % 2),
                time.at(date.minusDays(14), 10 * 60),
                List.of(new Agenda(rep.id(), "My plan for the quarter", false, true),
                        new Agenda(rep.managerId(), "Why up or down, month by month", false, true)),
                actions, List.of());
    }

    private Review upcoming(Rep rep, ReviewKind kind, LocalDate date) {
        List<Agenda> agenda = new ArrayList<>();
        String plan = null;
        if (kind == ReviewKind.WEEKLY_ONE_ON_ONE) {
            agenda.add(new Agenda(rep.id(), text(REP_POINTS, rep), false, false));
            if (random.nextInt(100) < 50) {
                agenda.add(new Agenda(rep.managerId(), DemoCatalog.pick(PRIVATE_POINTS, random), true, false));
            }
        } else {
            plan = PLANS.get(rep.index() % 2 == 0 ? 1 : 0);
        }
        return new Review(rep, kind, date, kind == ReviewKind.QUARTERLY_PLAN
                ? ReviewPeriods.quarterUnderReview(time.calendar(), date) : ReviewPeriods.weekUnderReview(date),
                "SCHEDULED", null, null, null, null, plan, null, null, time.at(time.today().minusDays(2), 9 * 60),
                agenda, List.of(), List.of());
    }

    /** Nothing is done in the future: a planned completion after now is still open. */
    private OffsetDateTime doneBy(OffsetDateTime planned) {
        return planned.isBefore(time.nowUtc()) ? planned : null;
    }

    private String text(List<String> templates, Rep rep) {
        String template = DemoCatalog.pick(templates, random);
        return template.contains("%s") ? template.formatted(DemoCatalog.pick(rep.accounts(), random)) : template;
    }
}
