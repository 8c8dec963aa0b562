package com.salespact.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.base.DateRange;
import com.salespact.base.FiscalCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReviewPeriodsTest {

    private static final FiscalCalendar CALENDAR = new FiscalCalendar(1);

    @Test
    void aOneOnOneLooksAtItsWeekOrEarlyInTheWeekAtTheLastOne() {
        assertThat(ReviewPeriods.weekUnderReview(LocalDate.of(2026, 11, 20)))
                .isEqualTo(new DateRange(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22)));
        assertThat(ReviewPeriods.weekUnderReview(LocalDate.of(2026, 11, 18)))
                .isEqualTo(new DateRange(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22)));
        assertThat(ReviewPeriods.weekUnderReview(LocalDate.of(2026, 11, 17))).as("Tuesday")
                .isEqualTo(new DateRange(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 15)));
    }

    @Test
    void aQuarterlyReviewEarlyInAQuarterClosesThePreviousOne() {
        assertThat(ReviewPeriods.quarterUnderReview(CALENDAR, LocalDate.of(2026, 10, 9)))
                .isEqualTo(new DateRange(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)));
        assertThat(ReviewPeriods.quarterUnderReview(CALENDAR, LocalDate.of(2026, 10, 16)))
                .isEqualTo(new DateRange(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)));
        assertThat(ReviewPeriods.quarterUnderReview(new FiscalCalendar(4), LocalDate.of(2026, 4, 3)))
                .as("fiscal year from April").isEqualTo(new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
    }
}
