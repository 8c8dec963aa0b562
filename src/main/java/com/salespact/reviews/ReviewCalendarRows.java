package com.salespact.reviews;

import java.time.LocalDate;
import java.util.List;

/** What {@link ReviewCalendar} reads in SQL (implemented in the query package). Callers check access. */
public interface ReviewCalendarRows {

    /** The reviews a person takes part in, as rep or as manager, scheduled from {@code from} to {@code until}. */
    List<Row> ofPerson(long personId, LocalDate from, LocalDate until);

    /** A review as its calendar event needs it: names, day, status and SEQUENCE, nothing of its content. */
    record Row(long id, ReviewKind kind, String repName, String managerName, LocalDate scheduledFor,
               ReviewStatus status, int calendarSequence) {
    }
}
