package com.salespact.holidays;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private static final LocalDate GOOD_FRIDAY = LocalDate.of(2027, 3, 26);
    private static final LocalDate EASTER_MONDAY = LocalDate.of(2027, 3, 29);
    private final WorkingDays easter = new WorkingDays(Set.of(GOOD_FRIDAY, EASTER_MONDAY));

    @Test
    void weekendsAndHolidaysAreNotWorkingDays() {
        assertThat(easter.isWorkingDay(LocalDate.of(2027, 3, 25))).isTrue();
        assertThat(easter.isWorkingDay(GOOD_FRIDAY)).isFalse();
        assertThat(easter.isWorkingDay(LocalDate.of(2027, 3, 27))).as("Saturday").isFalse();
        assertThat(WorkingDays.WEEKDAYS.isWorkingDay(GOOD_FRIDAY)).as("without the list: a Friday").isTrue();
    }

    @Test
    void theNextWorkingDaySkipsWeekendsAndHolidays() {
        assertThat(easter.onOrAfter(GOOD_FRIDAY)).as("over the weekend and Easter Monday")
                .isEqualTo(LocalDate.of(2027, 3, 30));
        assertThat(easter.onOrAfter(LocalDate.of(2027, 3, 25))).as("a working day stays").isEqualTo(
                LocalDate.of(2027, 3, 25));
        assertThat(WorkingDays.WEEKDAYS.onOrAfter(LocalDate.of(2026, 11, 21))).as("Saturday → Monday")
                .isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(easter.onOrBefore(EASTER_MONDAY)).as("back over the weekend and Good Friday")
                .isEqualTo(LocalDate.of(2027, 3, 25));
    }
}
