package com.salespact.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;

/**
 * Writes a meeting as an iCalendar object (RFC 5545) for an iMIP invitation (RFC 6047): one VEVENT built by
 * {@link CalendarEvents} (the meeting's stable UID and SEQUENCE, an all-day DTSTART;VALUE=DATE since meetings are on
 * a day, the organizer and the attendees as mailto: addresses), METHOD REQUEST or CANCEL.
 */
final class CalendarInvitations {

    static final String REQUEST = "REQUEST";
    static final String CANCEL = "CANCEL";

    private CalendarInvitations() {
    }

    static String write(String uid, int sequence, boolean cancelled, LocalDate day, String summary,
                        String description, String url, CalendarEvents.Person organizer,
                        List<CalendarEvents.Person> attendees, Instant now) {
        CalendarEvents.Event event = new CalendarEvents.Event(uid, sequence, cancelled, day, null, null, summary,
                description, url, organizer, attendees);
        // All-day: no time zone is involved, so none is written.
        Calendar calendar = new Calendar().withProdId(CalendarEvents.PRODUCT).withDefaults()
                .withProperty(cancelled ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST)
                .withComponent(CalendarEvents.event(event, ZoneOffset.UTC, now)).getFluentTarget();
        return CalendarEvents.write(calendar, uid);
    }
}
