package com.salespact.reviews;

import com.salespact.base.CalendarEntry;
import com.salespact.base.CalendarFeedSource;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A person's 1:1s and plan reviews in their calendar feed, as rep or as manager: the same event as the invitation by
 * mail (UID, SEQUENCE, all-day on the review's day, the same title), held ones too. A cancelled review stays in the
 * feed as STATUS:CANCELLED with its raised SEQUENCE, so a calendar that took the invitation drops the meeting
 * (decision 023). No notes, agenda or facts: names and the day only.
 */
@Component
class ReviewCalendar implements CalendarFeedSource {

    private final ReviewCalendarRows rows;

    ReviewCalendar(ReviewCalendarRows rows) {
        this.rows = rows;
    }

    @Override
    public List<CalendarEntry> entries(long personId, LocalDate from, LocalDate until) {
        return rows.ofPerson(personId, from, until).stream()
                .map(row -> new CalendarEntry(ReviewInvitations.eventKey(row.id()), row.calendarSequence(),
                        ReviewInvitations.cancelled(row.status()), row.scheduledFor(), null,
                        ReviewInvitations.titleKey(row.kind()), List.of(row.repName(), row.managerName()),
                        ReviewLinks.review(row.id())))
                .toList();
    }
}
