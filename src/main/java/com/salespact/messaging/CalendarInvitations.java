package com.salespact.messaging;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
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
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Writes a meeting as an iCalendar object (RFC 5545) for an iMIP invitation (RFC 6047), with ical4j: one VEVENT,
 * METHOD REQUEST (or CANCEL), the meeting's stable UID and SEQUENCE, an all-day DTSTART;VALUE=DATE (meetings are on a
 * day, so no time zone is involved), the organizer and the attendees as mailto: addresses.
 */
final class CalendarInvitations {

    static final String REQUEST = "REQUEST";
    static final String CANCEL = "CANCEL";
    private static final String PRODUCT = "-//SalesPact//Meetings//EN";
    private static final DateTimeFormatter UTC_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** A person in the calendar: name and e-mail address. */
    record Person(String name, String email) {
    }

    private CalendarInvitations() {
    }

    static String write(String uid, int sequence, boolean cancelled, LocalDate day, String summary,
                        String description, String url, Person organizer, List<Person> attendees, Instant now) {
        VEvent event = new VEvent(day, day.plusDays(1), summary);
        event.add(new Uid(uid));
        event.add(new DtStamp(UTC_STAMP.format(now)));
        event.add(new Sequence(sequence));
        event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        // A meeting on a day does not block the whole day in anyone's calendar.
        event.add(new Transp(Transp.VALUE_TRANSPARENT));
        if (description != null) {
            event.add(new Description(description));
        }
        if (url != null) {
            event.add(new Url(URI.create(url)));
        }
        if (organizer != null) {
            event.add(new Organizer(new ParameterList(List.<Parameter>of(new Cn(organizer.name()))),
                    mailto(organizer.email())));
        }
        for (Person attendee : attendees) {
            event.add(new Attendee(new ParameterList(List.<Parameter>of(new Cn(attendee.name()),
                    Role.REQ_PARTICIPANT, Rsvp.TRUE)), mailto(attendee.email())));
        }
        Calendar calendar = new Calendar().withProdId(PRODUCT).withDefaults()
                .withProperty(cancelled ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST)
                .withComponent(event).getFluentTarget();
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, text);
        } catch (IOException | ValidationException broken) {
            throw new IllegalStateException("Cannot write the invitation " + uid, broken);
        }
        return text.toString();
    }

    private static URI mailto(String email) {
        return URI.create("mailto:" + email.strip());
    }
}
