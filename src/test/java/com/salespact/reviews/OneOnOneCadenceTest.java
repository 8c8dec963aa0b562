package com.salespact.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.holidays.WorkingDays;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OneOnOneCadenceTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 18);
    private final OneOnOneCadence weeklyOnFriday = OneOnOneCadence.weekly(DayOfWeek.FRIDAY);

    @Test
    void theFirstOneIsTheNextCadenceDay() {
        assertThat(weeklyOnFriday.next(null, WEDNESDAY)).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(weeklyOnFriday.next(null, LocalDate.of(2026, 11, 20))).as("today is the day")
                .isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void theNextOneIsACadenceLaterOnTheCadenceDayOfThatWeek() {
        assertThat(weeklyOnFriday.next(LocalDate.of(2026, 11, 13), WEDNESDAY)).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(weeklyOnFriday.next(LocalDate.of(2026, 11, 11), WEDNESDAY))
                .as("held on a Wednesday, back on Friday next week").isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(new OneOnOneCadence(2, DayOfWeek.FRIDAY).next(LocalDate.of(2026, 11, 13), WEDNESDAY))
                .isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(OneOnOneCadence.weekly(DayOfWeek.MONDAY).next(LocalDate.of(2026, 11, 16), WEDNESDAY))
                .isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void aMissedSlotIsNotScheduledInThePast() {
        assertThat(weeklyOnFriday.next(LocalDate.of(2026, 10, 30), WEDNESDAY)).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(OneOnOneCadence.weekly(DayOfWeek.MONDAY).next(LocalDate.of(2026, 11, 9), WEDNESDAY))
                .isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void aOneOnOneOnAHolidayOrWeekendMovesToTheNextWorkingDay() {
        WorkingDays newYear = new WorkingDays(Set.of(LocalDate.of(2027, 1, 1)));
        assertThat(weeklyOnFriday.next(LocalDate.of(2026, 12, 23), LocalDate.of(2026, 12, 28), newYear))
                .as("Friday 1 January is New Year's Day: Monday").isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(weeklyOnFriday.next(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 4), newYear))
                .as("that Monday is this week's 1:1: the next is on Friday of the week after, one a week")
                .isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(OneOnOneCadence.weekly(DayOfWeek.SATURDAY).next(null, WEDNESDAY, WorkingDays.WEEKDAYS))
                .isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void cadenceIsOneToEightWeeks() {
        assertThatThrownBy(() -> new OneOnOneCadence(0, DayOfWeek.FRIDAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OneOnOneCadence(9, DayOfWeek.FRIDAY)).isInstanceOf(IllegalArgumentException.class);
    }
}
