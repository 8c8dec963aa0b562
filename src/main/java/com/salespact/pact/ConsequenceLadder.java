package com.salespact.pact;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The agreed escalation ladder; given how far a rep has fallen short, names the rung reached. */
public record ConsequenceLadder(List<LadderRung> rungs) {

    public ConsequenceLadder {
        rungs = List.copyOf(rungs);
    }

    /**
     * How far behind a rep is: consecutive weeks with a minimum standard missed (counting back from the last
     * complete week), and whether the last complete month or quarter ended below target.
     */
    public record Shortfall(int consecutiveMissedWeeks, boolean missedMonth, boolean missedQuarter) {

        boolean reached(LadderTrigger trigger) {
            return switch (trigger) {
                case MISSED_WEEK -> consecutiveMissedWeeks >= 1;
                case TWO_MISSED_WEEKS -> consecutiveMissedWeeks >= 2;
                case THREE_MISSED_WEEKS -> consecutiveMissedWeeks >= 3;
                case MISSED_MONTH -> missedMonth;
                case MISSED_QUARTER -> missedQuarter;
            };
        }
    }

    /** The most serious rung whose trigger is reached; empty when the rep is on track. */
    public Optional<LadderRung> rungFor(Shortfall shortfall) {
        return rungs.stream().filter(rung -> rung.trigger() != null && shortfall.reached(rung.trigger()))
                .max(Comparator.comparing(LadderRung::trigger));
    }

    /** 1-based position of a rung on the ladder, as the catch-up plan names it ("rung 2 of 4"). */
    public int positionOf(LadderRung rung) {
        return rungs.indexOf(rung) + 1;
    }
}
