package com.salespact.pact;

import java.time.LocalDate;
import java.util.List;

/** What {@link PactCalendar} reads in SQL (implemented in the query package). Callers check access. */
public interface PactCalendarRows {

    /**
     * The signed and proposed pact versions a person is held to or holds others to, whose period overlaps the days
     * from {@code from} to {@code until}: a rep's own; for a manager, those of the active reps of the team they manage.
     */
    List<Row> ofPerson(long personId, LocalDate from, LocalDate until);

    /**
     * A version's dates. {@code rowVersion} rises with every change of the row (the events' SEQUENCE);
     * {@code renewed} is 1 when a later signed version of the same pact exists.
     */
    record Row(long id, long rowVersion, int number, PactStatus status, String repName, LocalDate periodStart,
               LocalDate periodEnd, boolean repSigned, int renewed) {
    }
}
