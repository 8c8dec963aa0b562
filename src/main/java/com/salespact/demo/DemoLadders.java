package com.salespact.demo;

import com.salespact.base.DateRange;
import com.salespact.base.FiscalCalendar;
import com.salespact.pact.ConsequencesStep;
import com.salespact.pact.LadderRung;
import com.salespact.pact.LadderTrigger;
import com.salespact.pact.MasMetric;
import com.salespact.pact.PactDocument;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Makes the demo show every rung of the consequence ladder on first start, whatever the day: three reps agreed their
 * own ladder (pacts are individual), and their last weeks of activity are shaped so the weekly evaluation finds
 * them one, two and three missed weeks in a row. The other reps stand where their generated history puts them
 * (several missed the last quarter: the top rung).
 */
final class DemoLadders {

    private static final String ONE_WEEK = "lkim";
    private static final String TWO_WEEKS = "cconti";
    private static final String THREE_WEEKS = "mbianchi";

    private static final Map<String, List<LadderRung>> LADDERS = Map.of(
            ONE_WEEK, List.of(
                    new LadderRung(LadderTrigger.MISSED_WEEK, "Coaching talk at the next 1:1"),
                    new LadderRung(LadderTrigger.THREE_MISSED_WEEKS, "Written catch-up plan, reviewed every week"),
                    new LadderRung(LadderTrigger.MISSED_QUARTER, "Formal improvement plan with clear dates")),
            THREE_WEEKS, List.of(
                    new LadderRung(LadderTrigger.MISSED_WEEK, "Coaching talk at the next 1:1"),
                    new LadderRung(LadderTrigger.TWO_MISSED_WEEKS, "Written catch-up plan, reviewed every week"),
                    new LadderRung(LadderTrigger.THREE_MISSED_WEEKS, "Formal improvement plan with clear dates"),
                    new LadderRung(LadderTrigger.MISSED_QUARTER,
                            "Review of role and targets with the sales director")));

    /** Per rep: how many of the last complete weeks miss the calls standard, the week before them meets all. */
    private static final Map<String, Integer> MISSED_WEEKS = Map.of(ONE_WEEK, 1, TWO_WEEKS, 2, THREE_WEEKS, 3);

    private static final int CALLS = 40;
    private static final int MEETINGS = 8;
    private static final int PROPOSALS = 2;

    private DemoLadders() {
    }

    /**
     * The pact as this rep agreed it: their own ladder where they have one; the shaped reps' standards leave new
     * opportunities out (their floor is in the pipeline coverage), so the shaped weeks decide the rung.
     */
    static PactDocument agreed(String username, PactDocument document) {
        PactDocument result = document;
        if (LADDERS.containsKey(username)) {
            result = result.with(new ConsequencesStep(LADDERS.get(username)));
        }
        if (MISSED_WEEKS.containsKey(username)) {
            result = result.with(result.targets().withMasLines(result.targets().masLines().stream()
                    .filter(line -> line.metric() != MasMetric.NEW_OPPORTUNITIES).toList()));
        }
        return result;
    }

    /**
     * Shapes the shaped reps' recent weeks: the missed ones fall short on calls, the one before meets every floor.
     * @return how many activities were added (negative: removed)
     */
    static int shapeActivity(JdbcTemplate jdbc, DemoClock time) {
        int before = jdbc.queryForObject("select count(*) from activity", Integer.class);
        DateRange lastWeek = FiscalCalendar.isoWeekOf(FiscalCalendar.isoWeekOf(time.today()).start().minusDays(1));
        MISSED_WEEKS.forEach((username, missed) -> {
            Long repId = jdbc.query("select id from person where username = ?",
                    rs -> rs.next() ? rs.getLong(1) : null, username);
            if (repId == null) {
                return;
            }
            for (int back = 0; back < missed; back++) {
                DateRange week = shift(lastWeek, back);
                meet(jdbc, time, repId, week);
                keepAtMost(jdbc, repId, week, "CALL", CALLS - 6 - 3 * back);
            }
            meet(jdbc, time, repId, shift(lastWeek, missed));
        });
        return jdbc.queryForObject("select count(*) from activity", Integer.class) - before;
    }

    private static DateRange shift(DateRange week, int weeksBack) {
        return new DateRange(week.start().minusWeeks(weeksBack), week.end().minusWeeks(weeksBack));
    }

    private static void meet(JdbcTemplate jdbc, DemoClock time, long repId, DateRange week) {
        topUp(jdbc, time, repId, week, "CALL", CALLS);
        topUp(jdbc, time, repId, week, "MEETING", MEETINGS);
        topUp(jdbc, time, repId, week, "PROPOSAL", PROPOSALS);
    }

    /** Adds activities on the week's working days until the floor is reached. */
    private static void topUp(JdbcTemplate jdbc, DemoClock time, long repId, DateRange week, String kind, int floor) {
        int have = count(jdbc, repId, week, kind);
        for (int i = have; i < floor; i++) {
            LocalDate day = week.start().plusDays(i % 5);
            jdbc.update("insert into activity (rep_id, kind, activity_date, note, created_at) values (?, ?, ?, ?, ?)",
                    repId, kind, day, null, time.at(day, 9 * 60 + i));
        }
    }

    private static void keepAtMost(JdbcTemplate jdbc, long repId, DateRange week, String kind, int keep) {
        List<Long> ids = jdbc.queryForList("""
                select id from activity where rep_id = ? and kind = ? and activity_date between ? and ?
                order by id""", Long.class, repId, kind, week.start(), week.end());
        ids.stream().skip(Math.max(0, keep)).forEach(id -> jdbc.update("delete from activity where id = ?", id));
    }

    private static int count(JdbcTemplate jdbc, long repId, DateRange week, String kind) {
        Integer count = jdbc.queryForObject("""
                select count(*) from activity where rep_id = ? and kind = ? and activity_date between ? and ?""",
                Integer.class, repId, kind, week.start(), week.end());
        return count == null ? 0 : count;
    }
}
