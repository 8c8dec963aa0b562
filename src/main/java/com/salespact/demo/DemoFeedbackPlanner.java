package com.salespact.demo;

import com.salespact.base.DateRange;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Feedback, 360s, coaching and training for the demo company. Weaker reps get more coaching and private constructive
 * notes; every manager has enough shared upward feedback for their anonymous digest; four reps have an answered 360
 * for the last quarter (one peer still missing for two of them) and Jonas an open one this quarter, with Ravi
 * ("rep") among those asked. Every row is in the past of the demo clock.
 */
final class DemoFeedbackPlanner {

    private static final List<String> PRAISE = List.of(
            "Great discovery call with the operations director: you let the customer talk and found the real pain.",
            "Thanks for covering the Kestrel renewal while I was out; the customer noticed.",
            "Your proposal for the logistics tender was the clearest the buying committee saw.",
            "Strong week: every meeting booked came with a next step in the diary.",
            "You closed the quarter-end deal without discounting. That is how we protect margin.",
            "The account plan for your A account is a model for the team.");
    private static final List<String> CONSTRUCTIVE = List.of(
            "Qualify the budget before the demo: two demos this month went to prospects without one.",
            "Forecast calls have been optimistic; commit only what has a signed next step.",
            "CRM next steps are often empty on Friday; the pipeline review needs them.",
            "Prospecting blocks keep getting moved. Protect two mornings a week.",
            "Price objections end the conversation too early; let's practise value framing.");
    private static final List<String> PEER_PRAISE = List.of(
            "Thanks for the intro to your contact at Meridian, it opened the door.",
            "Your objection-handling tips at the sales meeting helped me close Bluebell.",
            "Appreciated the help with the tender paperwork last week.");
    private static final List<String> UPWARD_PRAISE = List.of(
            "Weekly 1:1s always happen and start on time; that keeps me on track.",
            "Deal support within a day, as promised in the pact.");
    private static final List<String> UPWARD_CONSTRUCTIVE = List.of(
            "Pipeline reviews run long; an agenda up front would help.",
            "More joint customer visits would help more than reports.",
            "Feedback comes late in the quarter; earlier would leave time to act.");
    private static final List<String> STRENGTHS = List.of(
            "Builds trust quickly with new contacts", "Well prepared for every customer meeting",
            "Persistent follow-up without being pushy", "Knows the product range in depth",
            "Shares leads and knowledge with the team", "Calm in tough negotiations");
    private static final List<String> IMPROVEMENTS = List.of(
            "Qualify harder before investing time", "Keep CRM next steps up to date",
            "Ask for the order earlier", "Plan the week before Monday starts",
            "Bring the manager into big deals sooner");
    private static final List<String> TOPICS = List.of(
            "Discovery questions", "Handling price objections", "Pipeline review and next steps",
            "Territory and account planning", "Negotiation role play", "Closing techniques",
            "Forecast accuracy", "Prospecting routine", "Joint call debrief");
    private static final List<String> HUNTER_TRAINING = List.of(
            "Cold-calling clinic", "Negotiation workshop", "Social selling on LinkedIn");
    private static final List<String> FARMER_TRAINING = List.of(
            "Account planning masterclass", "Upselling and cross-selling", "Value selling course");
    private static final BigDecimal[] HOURS = {new BigDecimal("0.50"), new BigDecimal("0.75"), new BigDecimal("1.00"),
            new BigDecimal("1.50"), new BigDecimal("2.00")};

    private final DemoClock time;
    private final Random random;

    DemoFeedbackPlanner(DemoClock time, Random random) {
        this.time = time;
        this.random = random;
    }

    DemoFeedbackPlan plan() {
        List<DemoCatalog.Person> reps = DemoCatalog.PEOPLE.stream().filter(DemoCatalog.Person::isRep).toList();
        return new DemoFeedbackPlan(notes(reps), requests(reps), sessions(reps), developmentNotes(reps),
                training(reps));
    }

    private List<DemoFeedbackPlan.Note> notes(List<DemoCatalog.Person> reps) {
        List<DemoFeedbackPlan.Note> notes = new ArrayList<>();
        for (DemoCatalog.Person rep : reps) {
            String manager = managerOf(rep.team());
            notes.add(note(manager, rep.username(), "PRAISE", "MANAGER", pick(PRAISE), true, 5 + random.nextInt(70)));
            if (rep.performance() < 0.9) {
                notes.add(note(manager, rep.username(), "CONSTRUCTIVE", "MANAGER", pick(CONSTRUCTIVE), false,
                        2 + random.nextInt(15)));
            }
            notes.add(note(manager, rep.username(), "CONSTRUCTIVE", "MANAGER", pick(CONSTRUCTIVE), true,
                    30 + random.nextInt(50)));
            DemoCatalog.Person peer = nextInTeam(reps, rep, 1);
            notes.add(note(peer.username(), rep.username(), "PRAISE", "PEER", pick(PEER_PRAISE), true,
                    10 + random.nextInt(50)));
        }
        for (String team : List.of(DemoCatalog.NORTH, DemoCatalog.SOUTH)) {
            List<DemoCatalog.Person> members = reps.stream().filter(r -> r.team().equals(team)).toList();
            String manager = managerOf(team);
            notes.add(note(members.get(0).username(), manager, "PRAISE", "UPWARD", pick(UPWARD_PRAISE), true,
                    10 + random.nextInt(60)));
            notes.add(note(members.get(2).username(), manager, "CONSTRUCTIVE", "UPWARD", pick(UPWARD_CONSTRUCTIVE),
                    true, 10 + random.nextInt(60)));
            notes.add(note(members.get(4).username(), manager, "CONSTRUCTIVE", "UPWARD", pick(UPWARD_CONSTRUCTIVE),
                    false, 10 + random.nextInt(60)));
        }
        return notes;
    }

    private DemoFeedbackPlan.Note note(String author, String about, String kind, String relation, String text,
            boolean shared, int daysBack) {
        LocalDate day = workingDayBack(daysBack);
        return new DemoFeedbackPlan.Note(author, about, kind, relation, text, shared,
                time.at(time.officeHours(day, random)));
    }

    /** Answered 360s for the last quarter; one open 360 for Jonas this quarter. */
    private List<DemoFeedbackPlan.Request> requests(List<DemoCatalog.Person> reps) {
        DateRange current = time.calendar().quarterOf(time.today());
        DateRange last = time.calendar().quarterOf(current.start().minusDays(1));
        List<DemoFeedbackPlan.Request> requests = new ArrayList<>();
        for (String subject : List.of("rep", "elarsen", "mbianchi", "cconti")) {
            DemoCatalog.Person rep = person(subject);
            String manager = managerOf(rep.team());
            LocalDate askedOn = last.end().minusDays(12);
            OffsetDateTime askedAt = time.at(askedOn, 9 * 60);
            List<String[]> respondents = new ArrayList<>();
            respondents.add(new String[] {subject, "SELF"});
            respondents.add(new String[] {manager, "MANAGER"});
            for (int i = 1; i <= 3; i++) {
                respondents.add(new String[] {nextInTeam(reps, rep, i).username(), "PEER"});
            }
            boolean onePeerMissing = subject.equals("elarsen") || subject.equals("cconti");
            for (int i = 0; i < respondents.size(); i++) {
                String respondent = respondents.get(i)[0];
                String relation = respondents.get(i)[1];
                boolean answered = !(onePeerMissing && i == 3);
                int rating = Math.min(5, Math.max(2, (int) Math.round(2.5 + rep.performance() * 1.5)
                        + random.nextInt(3) - 1));
                requests.add(new DemoFeedbackPlan.Request(subject, respondent, relation, manager, last.start(),
                        last.end(), last.end().plusDays(5),
                        askedAt, answered ? time.at(askedOn.plusDays(1 + random.nextInt(9)), 10 * 60 + i * 37) : null,
                        answered ? pick(STRENGTHS) : null, answered ? pick(IMPROVEMENTS) : null, rating));
            }
        }
        LocalDate askedOn = time.today().minusDays(3);
        for (String[] respondent : List.of(new String[] {"jberg", "SELF"}, new String[] {"rep", "PEER"},
                new String[] {"fnilsson", "PEER"})) {
            requests.add(new DemoFeedbackPlan.Request("jberg", respondent[0], respondent[1], "manager",
                    current.start(), current.end(), time.today().plusDays(7), time.at(askedOn, 9 * 60), null, null,
                    null, 0));
        }
        return requests;
    }

    /** Every 7 to 14 days over the last three months: the weaker the rep, the more often. */
    private List<DemoFeedbackPlan.Session> sessions(List<DemoCatalog.Person> reps) {
        List<DemoFeedbackPlan.Session> sessions = new ArrayList<>();
        LocalDate from = time.today().minusMonths(3);
        LocalDate until = time.today().minusDays(1);
        for (DemoCatalog.Person rep : reps) {
            int every = rep.performance() < 0.85 ? 7 : rep.performance() < 1.0 ? 10 : 14;
            for (LocalDate day = from.plusDays(random.nextInt(every)); !day.isAfter(until); day = day.plusDays(every)) {
                LocalDate held = toWorkingDay(day);
                if (!held.isBefore(from)) {
                    sessions.add(new DemoFeedbackPlan.Session(rep.username(), managerOf(rep.team()), held,
                            HOURS[random.nextInt(HOURS.length)], pick(TOPICS)));
                }
            }
        }
        return sessions;
    }

    private List<DemoFeedbackPlan.DevelopmentNote> developmentNotes(List<DemoCatalog.Person> reps) {
        List<DemoFeedbackPlan.DevelopmentNote> notes = new ArrayList<>();
        for (DemoCatalog.Person rep : reps) {
            String manager = managerOf(rep.team());
            LocalDate day = workingDayBack(20 + random.nextInt(90));
            notes.add(new DemoFeedbackPlan.DevelopmentNote(rep.username(), manager, day,
                    rep.isHunter() ? "Negotiation, qualifying larger deals" : "Account planning, executive relationships",
                    rep.performance() >= 1.1 ? "Team lead within two years"
                            : rep.isHunter() ? "Move to enterprise accounts" : "Key account manager",
                    "Talked through the last quarter and what support helps most.",
                    time.at(day, 17 * 60)));
            if (rep.performance() < 0.85) {
                LocalDate recent = workingDayBack(3 + random.nextInt(10));
                notes.add(new DemoFeedbackPlan.DevelopmentNote(rep.username(), manager, recent,
                        "Prospecting discipline", null,
                        "Agreed two protected prospecting mornings a week and a weekly check on pipeline coverage.",
                        time.at(recent, 17 * 60)));
            }
        }
        return notes;
    }

    /** Three review items each: one done, one in progress, one planned (overdue for the weaker reps). */
    private List<DemoFeedbackPlan.Training> training(List<DemoCatalog.Person> reps) {
        List<DemoFeedbackPlan.Training> items = new ArrayList<>();
        for (DemoCatalog.Person rep : reps) {
            List<String> titles = rep.isHunter() ? HUNTER_TRAINING : FARMER_TRAINING;
            OffsetDateTime created = time.at(workingDayBack(100 + random.nextInt(20)), 11 * 60);
            LocalDate doneOn = workingDayBack(20 + random.nextInt(40));
            items.add(new DemoFeedbackPlan.Training(rep.username(), titles.get(0), doneOn.plusDays(3), "DONE",
                    created, time.at(doneOn, 16 * 60)));
            items.add(new DemoFeedbackPlan.Training(rep.username(), titles.get(1),
                    time.today().plusDays(10 + random.nextInt(30)), "IN_PROGRESS", created, null));
            items.add(new DemoFeedbackPlan.Training(rep.username(), titles.get(2), rep.performance() < 0.85
                    ? time.today().minusDays(5 + random.nextInt(10)) : time.today().plusDays(40 + random.nextInt(60)),
                    "PLANNED", created, null));
        }
        return items;
    }

    private LocalDate workingDayBack(int days) {
        return toWorkingDay(time.today().minusDays(days));
    }

    /** Saturdays and Sundays move back to the Friday before. */
    private static LocalDate toWorkingDay(LocalDate day) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
            return day.minusDays(1);
        }
        return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(2) : day;
    }

    private String pick(List<String> texts) {
        return texts.get(random.nextInt(texts.size()));
    }

    private static DemoCatalog.Person nextInTeam(List<DemoCatalog.Person> reps, DemoCatalog.Person rep, int step) {
        List<DemoCatalog.Person> team = reps.stream().filter(r -> r.team().equals(rep.team())).toList();
        return team.get((team.indexOf(rep) + step) % team.size());
    }

    private static DemoCatalog.Person person(String username) {
        return DemoCatalog.PEOPLE.stream().filter(p -> p.username().equals(username)).findFirst().orElseThrow();
    }

    private static String managerOf(String team) {
        return DemoCatalog.PEOPLE.stream().filter(p -> "MANAGER".equals(p.role()) && team.equals(p.team()))
                .findFirst().orElseThrow().username();
    }
}
