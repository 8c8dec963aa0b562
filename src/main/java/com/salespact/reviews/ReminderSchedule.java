package com.salespact.reviews;

import java.time.LocalDate;

/**
 * When people hear about an upcoming review: the rep two working days before (time to add agenda items and look at
 * their numbers), the manager one working day before. Counted in working days, so a Monday meeting is announced on
 * Thursday and Friday, not over the weekend.
 */
public final class ReminderSchedule {

    static final int REP_WORKING_DAYS_BEFORE = 2;
    static final int MANAGER_WORKING_DAYS_BEFORE = 1;

    private ReminderSchedule() {
    }

    public static LocalDate repRemindedOn(LocalDate meeting) {
        return workingDaysBefore(meeting, REP_WORKING_DAYS_BEFORE);
    }

    public static LocalDate managerRemindedOn(LocalDate meeting) {
        return workingDaysBefore(meeting, MANAGER_WORKING_DAYS_BEFORE);
    }

    /** Due from the reminder day up to the meeting day itself (a review scheduled at short notice still reminds). */
    public static boolean isDue(LocalDate remindOn, LocalDate meeting, LocalDate today) {
        return !today.isBefore(remindOn) && !today.isAfter(meeting);
    }

    static LocalDate workingDaysBefore(LocalDate day, int workingDays) {
        LocalDate cursor = day;
        int left = workingDays;
        while (left > 0) {
            cursor = cursor.minusDays(1);
            if (cursor.getDayOfWeek().getValue() <= 5) {
                left--;
            }
        }
        return cursor;
    }
}
