package com.salespact.pact;

import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.base.CalendarEntry;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which pact dates a version puts in the feed: signed, renewed or not; proposed, signed by the rep or not. */
class PactCalendarTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2026, 12, 31);

    private static List<CalendarEntry> entries(PactCalendarRows.Row row) {
        return new PactCalendar((person, from, until) -> List.of(row), 30)
                .entries(1, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
    }

    @Test
    void aSignedVersionStartsEndsAndFallsDueForRenewal() {
        List<CalendarEntry> entries = entries(new PactCalendarRows.Row(41, 5, 2, PactStatus.SIGNED, "Ravi Patel",
                START, END, true, 0));
        assertThat(entries).extracting(CalendarEntry::eventKey, CalendarEntry::day, CalendarEntry::titleKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("pact-41-start", START, "calendar-feed.pact.start"),
                        org.assertj.core.groups.Tuple.tuple("pact-41-end", END, "calendar-feed.pact.end"),
                        org.assertj.core.groups.Tuple.tuple("pact-41-renew", LocalDate.of(2026, 12, 1),
                                "calendar-feed.pact.renew"));
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.sequence()).isEqualTo(5);
            assertThat(entry.time()).as("all-day").isNull();
            assertThat(entry.titleArgs()).containsExactly("Ravi Patel", "2");
            assertThat(entry.link()).isEqualTo(PactLinks.review(41));
        });
    }

    @Test
    void onceNextPeriodsPactIsSignedThereIsNothingToRenew() {
        assertThat(entries(new PactCalendarRows.Row(41, 5, 2, PactStatus.SIGNED, "Ravi Patel", START, END, true, 1)))
                .extracting(CalendarEntry::eventKey).containsExactly("pact-41-start", "pact-41-end");
    }

    @Test
    void aProposedVersionWaitsForASignatureOnItsFirstDay() {
        assertThat(entries(new PactCalendarRows.Row(42, 1, 3, PactStatus.PROPOSED, "Ravi Patel", START, END, false,
                0))).extracting(CalendarEntry::eventKey, CalendarEntry::day, CalendarEntry::titleKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("pact-42-sign", START, "calendar-feed.pact.sign"));
        assertThat(entries(new PactCalendarRows.Row(42, 2, 3, PactStatus.PROPOSED, "Ravi Patel", START, END, true,
                0))).extracting(CalendarEntry::titleKey).containsExactly("calendar-feed.pact.countersign");
    }
}
