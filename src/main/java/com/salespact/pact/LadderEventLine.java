package com.salespact.pact;

import java.time.Instant;
import java.time.LocalDate;

/** One step up or down the ladder, as the rung history lists it. */
public record LadderEventLine(LocalDate weekStart, int fromRung, int toRung, LadderTrigger trigger,
                              String consequence, String reason, Instant at) {

    public boolean steppedUp() {
        return toRung > fromRung;
    }
}
