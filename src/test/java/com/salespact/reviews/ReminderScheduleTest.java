package com.salespact.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReminderScheduleTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Test
    void repTwoWorkingDaysBeforeManagerOne() {
        assertThat(ReminderSchedule.repRemindedOn(FRIDAY)).isEqualTo(LocalDate.of(2026, 11, 18));
        assertThat(ReminderSchedule.managerRemindedOn(FRIDAY)).isEqualTo(LocalDate.of(2026, 11, 19));
    }

    @Test
    void weekendsDoNotCount() {
        assertThat(ReminderSchedule.repRemindedOn(MONDAY)).isEqualTo(LocalDate.of(2026, 11, 19));
        assertThat(ReminderSchedule.managerRemindedOn(MONDAY)).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(ReminderSchedule.repRemindedOn(LocalDate.of(2026, 11, 24))).as("Tuesday")
                .isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void dueFromTheReminderDayUntilTheMeeting() {
        LocalDate remindOn = ReminderSchedule.repRemindedOn(FRIDAY);
        assertThat(ReminderSchedule.isDue(remindOn, FRIDAY, remindOn.minusDays(1))).isFalse();
        assertThat(ReminderSchedule.isDue(remindOn, FRIDAY, remindOn)).isTrue();
        assertThat(ReminderSchedule.isDue(remindOn, FRIDAY, FRIDAY)).as("scheduled at short notice").isTrue();
        assertThat(ReminderSchedule.isDue(remindOn, FRIDAY, FRIDAY.plusDays(1))).as("too late").isFalse();
    }
}
