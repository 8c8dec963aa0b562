package com.salespact.pact.query;

import com.salespact.base.Pace;
import com.salespact.pact.CommitmentKind;
import com.salespact.pact.Per;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One of the manager's signed commitments with this month's record: 1:1s held and coaching hours logged against
 * what the pact promised for the month, and what was due by today. Unmeasured kinds carry no numbers.
 */
public record CommitmentActual(CommitmentKind kind, String description, BigDecimal amount, Per per,
                               BigDecimal monthTarget, BigDecimal dueByNow, BigDecimal actual) {

    public boolean measured() {
        return monthTarget != null;
    }

    public Pace pace() {
        if (!measured() || dueByNow.signum() == 0) {
            return Pace.ON_TRACK;
        }
        return Pace.of(actual.divide(dueByNow, 4, RoundingMode.HALF_UP));
    }
}
