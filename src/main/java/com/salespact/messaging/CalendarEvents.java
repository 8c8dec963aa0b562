package com.salespact.messaging;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * The one place that turns a meeting or date into an iCalendar VEVENT (RFC 5545) with ical4j, for the invitations
 * by mail ({@link CalendarInvitations}) and the subscribed feed ({@link CalendarFeedWriter}) alike, so both carry the
 * same UID, SEQUENCE, STATUS and dates and calendar clients see one event. An event on a day (no time) is all-day,
 * {@code DTSTART;VALUE=DATE} with the next day as DTEND and transparent (it does not block the day); an event with a
 * time is a timed event in the company's zone, {@code DTSTART;TZID=<zone>}, and the calendar carries that VTIMEZONE.
 */
final class CalendarEvents {

    static final String PRODUCT = "-//SalesPact//Meetings//EN";
    private static final DateTimeFormatter UTC_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** A person in the calendar: name and e-mail address. */
    record Person(String name, String email) {
    }

    /**
     * One event.
     * @param time  null for an all-day event on {@code day}; else the start in the company's zone
     * @param length how long a timed event lasts (ignored for an all-day event)
     * @param organizer null to leave ORGANIZER out (a published feed names nobody's address)
     */
    record Event(String uid, int sequence, boolean cancelled, LocalDate day, LocalTime time, Duration length,
                 String summary, String description, String url, Person organizer, List<Person> attendees) {

        Event {
            attendees = attendees == null ? List.of() : List.copyOf(attendees);
        }

        boolean timed() {
            return time != null;
        }
    }

    private CalendarEvents() {
    }

    static VEvent event(Event event, ZoneId zone, Instant now) {
        VEvent vevent;
        if (event.timed()) {
            ZonedDateTime start = event.day().atTime(event.time()).atZone(zone);
            Duration length = event.length() == null ? Duration.ofHours(1) : event.length();
            vevent = new VEvent(start, start.plus(length), event.summary());
        } else {
            vevent = new VEvent(event.day(), event.day().plusDays(1), event.summary());
            // A meeting on a day does not block the whole day in anyone's calendar.
            vevent.add(new Transp(Transp.VALUE_TRANSPARENT));
        }
        vevent.add(new Uid(event.uid()));
        vevent.add(new DtStamp(UTC_STAMP.format(now)));
        vevent.add(new Sequence(event.sequence()));
        vevent.add(event.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        if (event.description() != null) {
            vevent.add(new Description(event.description()));
        }
        if (event.url() != null) {
            vevent.add(new Url(URI.create(event.url())));
        }
        if (event.organizer() != null) {
            vevent.add(new Organizer(new ParameterList(List.<Parameter>of(new Cn(event.organizer().name()))),
                    mailto(event.organizer().email())));
        }
        for (Person attendee : event.attendees()) {
            vevent.add(new Attendee(new ParameterList(List.<Parameter>of(new Cn(attendee.name()),
                    Role.REQ_PARTICIPANT, Rsvp.TRUE)), mailto(attendee.email())));
        }
        return vevent;
    }

    /** The VTIMEZONE of a named zone (e.g. Europe/Berlin) from ical4j's bundled definitions; empty for UTC. */
    static Optional<VTimeZone> timeZone(ZoneId zone) {
        ZoneId normal = zone.normalized();
        if (normal instanceof ZoneOffset) {
            return Optional.empty();
        }
        TimeZone known = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(normal.getId());
        return Optional.ofNullable(known).map(TimeZone::getVTimeZone);
    }

    static String write(Calendar calendar, String what) {
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, text);
        } catch (IOException | ValidationException broken) {
            throw new IllegalStateException("Cannot write the calendar " + what, broken);
        }
        return text.toString();
    }

    private static URI mailto(String email) {
        return URI.create("mailto:" + email.strip());
    }
}
