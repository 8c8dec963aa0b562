package com.salespact.pact;

import com.salespact.base.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Evaluates a pact's consequence ladder on the facts of the weeks, month and quarter under the pact: the most
 * serious rung whose trigger is reached, with the reason in words the rep recognises ("2 missed weeks in a row:
 * W47 calls 31/51; W48 calls 28/51"). Getting back on pace steps down, because the facts no longer reach the rung.
 * Pure, no Spring.
 */
public final class LadderEvaluation {

    private LadderEvaluation() {
    }

    public static LadderPosition evaluate(ConsequenceLadder ladder, LadderFacts facts, LocalDate weekStart) {
        Optional<LadderRung> reached = ladder.rungFor(facts.shortfall());
        if (reached.isEmpty()) {
            return LadderPosition.none(ladder.rungs().size(), weekStart);
        }
        LadderRung rung = reached.get();
        return new LadderPosition(ladder.positionOf(rung), ladder.rungs().size(), rung.trigger(), rung.consequence(),
                reason(rung.trigger(), facts), weekStart);
    }

    /** The next rung up from a position, so the rep sees what comes next; empty at the top. */
    public static Optional<LadderRung> next(ConsequenceLadder ladder, int rung) {
        return rung < ladder.rungs().size() ? Optional.of(ladder.rungs().get(rung)) : Optional.empty();
    }

    static String reason(LadderTrigger trigger, LadderFacts facts) {
        return switch (trigger) {
            case MISSED_WEEK, TWO_MISSED_WEEKS, THREE_MISSED_WEEKS -> weeks(facts);
            case MISSED_MONTH -> Messages.text("ladder.reason.missed", facts.month().describe());
            case MISSED_QUARTER -> Messages.text("ladder.reason.missed", facts.quarter().describe());
        };
    }

    private static String weeks(LadderFacts facts) {
        int missed = facts.missedWeeksInARow();
        List<LadderFacts.Week> inARow = new ArrayList<>(facts.weeks().subList(0, missed));
        // Oldest first, as the weeks happened.
        java.util.Collections.reverse(inARow);
        String detail = inARow.stream()
                .map(week -> Messages.text("calendar.week", String.valueOf(week.isoWeek())) + " "
                        + week.misses().stream().map(LadderFacts.Miss::toString).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
        return missed == 1 ? Messages.text("ladder.reason.one-week", detail)
                : Messages.text("ladder.reason.weeks", String.valueOf(missed), detail);
    }
}
