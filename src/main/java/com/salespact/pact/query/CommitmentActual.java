package com.salespact.pact.query;

import com.salespact.base.Pace;
import com.salespact.pact.CommitmentKind;
import com.salespact.pact.Per;
import java.math.BigDecimal;

/**
 * One of the manager's signed commitments with its record over a period (this month on "My business", a review's
 * week or quarter): 1:1s held and coaching hours logged against what the pact promised for the period
 * ({@code monthTarget}, named for its first use: the period's share), and what was due by the day. Unmeasured kinds
 * carry no numbers. Also frozen with a held review's facts, so it stays plain data.
 */
public record CommitmentActual(CommitmentKind kind, String description, BigDecimal amount, Per per,
                               BigDecimal monthTarget, BigDecimal dueByNow, BigDecimal actual) {

    public boolean measured() {
        return monthTarget != null;
    }

    /** actual ÷ what was due by the day; null when unmeasured or nothing was due yet (on track). */
    public BigDecimal attainment() {
        return measured() ? Pace.attainment(actual, dueByNow) : null;
    }

    public Pace pace() {
        return Pace.of(attainment());
    }
}
