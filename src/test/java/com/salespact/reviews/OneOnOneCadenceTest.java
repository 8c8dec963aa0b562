package com.salespact.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
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
    void cadenceIsOneToEightWeeks() {
        assertThatThrownBy(() -> new OneOnOneCadence(0, DayOfWeek.FRIDAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OneOnOneCadence(9, DayOfWeek.FRIDAY)).isInstanceOf(IllegalArgumentException.class);
    }
}
