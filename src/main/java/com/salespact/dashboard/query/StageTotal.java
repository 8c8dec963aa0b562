package com.salespact.dashboard.query;

import java.math.BigDecimal;

/** Open pipeline in one stage now and a week ago (stage as recorded in the stage history at that moment). */
public record StageTotal(String stage, BigDecimal now, BigDecimal weekAgo, int dealsNow, int dealsWeekAgo) {

    public BigDecimal change() {
        return now.subtract(weekAgo);
    }
}
