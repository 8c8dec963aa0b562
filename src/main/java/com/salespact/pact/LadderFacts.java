package com.salespact.pact;

import com.salespact.base.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * What the consequence ladder is evaluated on: the complete weeks under the pact, newest first, each with what was
 * missed in it (revenue pace and every minimum standard), and the last complete month and quarter under the pact
 * (null when the pact did not govern the whole of it).
 */
public record LadderFacts(List<Week> weeks, Period month, Period quarter) {

    public LadderFacts {
        weeks = List.copyOf(weeks);
    }

    /** A complete week and what fell short in it ("calls 31/51", "revenue pace 68 %"). */
    public record Week(LocalDate start, int isoWeek, List<Miss> misses) {

        public Week {
            misses = List.copyOf(misses);
        }

        public boolean missed() {
            return !misses.isEmpty();
        }
    }

    /** One shortfall: what, what was reached, what was due. */
    public record Miss(String what, String actual, String expected) {

        @Override
        public String toString() {
            return what + " " + actual + "/" + expected;
        }
    }

    /** Won revenue of a complete month or quarter against its target. */
    public record Period(String label, BigDecimal actual, BigDecimal target) {

        public boolean missed() {
            return target != null && target.signum() > 0 && actual.compareTo(target) < 0;
        }

        String describe() {
            long percent = actual.multiply(BigDecimal.valueOf(100)).divide(target, 0, RoundingMode.HALF_UP).longValue();
            return Messages.text("ladder.reason.period", label, PactFormat.money(actual), PactFormat.money(target),
                    String.valueOf(percent));
        }
    }

    /** Consecutive missed weeks, counting back from the newest. */
    public int missedWeeksInARow() {
        int missed = 0;
        for (Week week : weeks) {
            if (!week.missed()) {
                break;
            }
            missed++;
        }
        return missed;
    }

    public ConsequenceLadder.Shortfall shortfall() {
        return new ConsequenceLadder.Shortfall(missedWeeksInARow(), month != null && month.missed(),
                quarter != null && quarter.missed());
    }
}
