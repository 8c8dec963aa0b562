package com.salespact.pact;

import java.time.LocalDate;

/**
 * Where a rep stands on their pact's consequence ladder, as evaluated for the last complete week: the rung reached
 * (1-based; 0 when none), what was agreed for it and why it is reached ("2 missed weeks in a row: calls 31/51, 28/51").
 */
public record LadderPosition(int rung, int rungCount, LadderTrigger trigger, String consequence, String reason,
                             LocalDate weekStart) {

    public static LadderPosition none(int rungCount, LocalDate weekStart) {
        return new LadderPosition(0, rungCount, null, null, null, weekStart);
    }

    public boolean reached() {
        return rung > 0;
    }
}
