package com.salespact.dashboard.ui;

import com.salespact.base.PeriodKind;

/**
 * Card texts that name a period have one key per {@link PeriodKind} ("dashboard.revenue.WEEK"), so a label can never
 * say "quarter" while the figures are a week's.
 */
final class PeriodTexts {

    private PeriodTexts() {
    }

    static String key(String base, PeriodKind kind) {
        return base + "." + kind.name();
    }
}
