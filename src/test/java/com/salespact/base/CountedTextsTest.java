package com.salespact.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Counts read as a person writes them: "1 deal", "2 deals", "0 deals" (choice formats in the translations). */
class CountedTextsTest {

    @Test
    void oneIsSingularAndEveryOtherCountPlural() {
        assertThat(Messages.text("deals.column-total", 1, "€5,000")).isEqualTo("1 deal · €5,000");
        assertThat(Messages.text("deals.column-total", 0, "€0")).isEqualTo("0 deals · €0");
        assertThat(Messages.text("deals.column-total", 12, "€80,000")).isEqualTo("12 deals · €80,000");
        assertThat(Messages.text("deals.column-total", 1_234, "€1")).isEqualTo("1,234 deals · €1");
        assertThat(Messages.text("catchup.week-done", 1, 2, 1)).isEqualTo("1 opportunity · 2 meetings · 1 call");
        assertThat(Messages.text("review.change.stale-detail", 1, "Proposal")).isEqualTo("1 day in Proposal");
        assertThat(Messages.text("csv.commit", 1)).isEqualTo("Commit: import 1 row");
        assertThat(Messages.text("feedback.360.sent", 3)).isEqualTo("3 requests sent");
    }
}
