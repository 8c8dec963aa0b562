package com.salespact.pact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** The consequence ladder evaluated over a sequence of weeks: stepping up, stepping down, and the month and quarter. */
class LadderEvaluationTest {

    private static final ConsequenceLadder LADDER = ConsequencesStep.defaults().ladder();
    private static final LadderFacts.Miss CALLS = new LadderFacts.Miss("calls", "31", "51");
    private static final LadderFacts.Miss PACE = new LadderFacts.Miss("revenue pace", "68 %", "100 %");

    /** Weeks as they happened, oldest first: true = missed. Returns the facts as of the last one. */
    private static LadderFacts weeks(boolean... missed) {
        List<LadderFacts.Week> newestFirst = new ArrayList<>();
        LocalDate monday = LocalDate.of(2026, 10, 5);
        for (int i = 0; i < missed.length; i++) {
            newestFirst.addFirst(new LadderFacts.Week(monday.plusWeeks(i), 41 + i,
                    missed[i] ? List.of(CALLS) : List.of()));
        }
        return new LadderFacts(newestFirst, null, null);
    }

    private static int rungAfter(boolean... missed) {
        return LadderEvaluation.evaluate(LADDER, weeks(missed), LocalDate.of(2026, 11, 9)).rung();
    }

    @Test
    void eachMissedWeekInARowStepsUpAndAMetWeekStepsBackDown() {
        assertThat(rungAfter(false)).isZero();
        assertThat(rungAfter(false, true)).isEqualTo(1);
        assertThat(rungAfter(false, true, true)).isEqualTo(2);
        // Three in a row is not a rung of the default ladder: still the written catch-up plan.
        assertThat(rungAfter(false, true, true, true)).isEqualTo(2);
        // Back on pace for a week: the run is broken, no rung.
        assertThat(rungAfter(false, true, true, true, false)).isZero();
        assertThat(rungAfter(false, true, true, true, false, true)).isEqualTo(1);
    }

    @Test
    void theReasonNamesTheWeeksAndWhatWasMissedOldestFirst() {
        LadderFacts facts = new LadderFacts(List.of(
                new LadderFacts.Week(LocalDate.of(2026, 11, 9), 46, List.of(new LadderFacts.Miss("calls", "28", "51"))),
                new LadderFacts.Week(LocalDate.of(2026, 11, 2), 45, List.of(CALLS, PACE))), null, null);

        LadderPosition position = LadderEvaluation.evaluate(LADDER, facts, LocalDate.of(2026, 11, 9));

        assertThat(position.rung()).isEqualTo(2);
        assertThat(position.rungCount()).isEqualTo(4);
        assertThat(position.consequence()).isEqualTo("Written catch-up plan, reviewed every week");
        assertThat(position.reason())
                .isEqualTo("2 missed weeks in a row: W45 calls 31/51, revenue pace 68 %/100 %; W46 calls 28/51");
    }

    @Test
    void theWeeksAreNamedInTheUsersLanguage() {
        LocaleContextHolder.setLocale(Locale.GERMAN);
        try {
            assertThat(LadderEvaluation.evaluate(LADDER, weeks(false, true), LocalDate.of(2026, 10, 12)).reason())
                    .isEqualTo("1 verfehlte Woche: KW 42 calls 31/51");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void aMissedMonthOrQuarterReachesTheHigherRungsWithTheNumbers() {
        LadderFacts month = new LadderFacts(weeks(false).weeks(),
                new LadderFacts.Period("October 2026", new BigDecimal("61000"), new BigDecimal("74000")), null);
        LadderPosition onMonth = LadderEvaluation.evaluate(LADDER, month, LocalDate.of(2026, 11, 2));
        assertThat(onMonth.rung()).isEqualTo(3);
        assertThat(onMonth.reason()).isEqualTo("Missed October 2026: 61,000 won of 74,000 (82 %)");

        LadderFacts quarter = new LadderFacts(weeks(true, true).weeks(),
                new LadderFacts.Period("October 2026", new BigDecimal("80000"), new BigDecimal("74000")),
                new LadderFacts.Period("Q3 2026", new BigDecimal("150000"), new BigDecimal("222000")));
        assertThat(LadderEvaluation.evaluate(LADDER, quarter, LocalDate.of(2026, 11, 2)).trigger())
                .isEqualTo(LadderTrigger.MISSED_QUARTER);
        // A period the pact did not govern (null) never counts.
        assertThat(LadderEvaluation.evaluate(LADDER, new LadderFacts(List.of(), null, null),
                LocalDate.of(2026, 11, 2)).reached()).isFalse();
    }

    @Test
    void aReplacedPactsLadderIsTheOneInForceNow() {
        ConsequenceLadder stricter = new ConsequenceLadder(List.of(
                new LadderRung(LadderTrigger.MISSED_WEEK, "Written catch-up plan at once")));

        LadderPosition position = LadderEvaluation.evaluate(stricter, weeks(true, true), LocalDate.of(2026, 10, 12));

        assertThat(position.rung()).isEqualTo(1);
        assertThat(position.rungCount()).isEqualTo(1);
        assertThat(position.consequence()).isEqualTo("Written catch-up plan at once");
        assertThat(LadderEvaluation.next(stricter, 1)).isEmpty();
        assertThat(LadderEvaluation.next(LADDER, 1)).map(LadderRung::trigger).contains(LadderTrigger.TWO_MISSED_WEEKS);
    }
}
