package com.salespact.messaging;

import com.salespact.base.CalendarEntry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * The feed's iCalendar text, read back with ical4j: PUBLISH, named after the person, the company's VTIMEZONE; an
 * event on a day is all-day (VALUE=DATE), one with a time is timed in the company's zone (TZID); a cancelled one says
 * so; nobody's address is published. The same builder writes the invitations, so the UID rule is the same.
 */
class CalendarFeedWriterTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final MessagingLinks links = new MessagingLinks("https://salespact.example.com/");
    private final CalendarFeedWriter writer = new CalendarFeedWriter(links,
            Clock.fixed(Instant.parse("2026-11-18T10:00:00Z"), BERLIN));

    private static String value(Component component, String name) {
        return component.getProperty(name).map(Property::getValue).orElse(null);
    }

    private static String value(Calendar calendar, String name) {
        return calendar.getProperty(name).map(Property::getValue).orElse(null);
    }

    private static String parameter(Property property, String name) {
        return property.getParameter(name).map(Parameter::getValue).orElse(null);
    }

    @Test
    void allDayAndTimedEventsInTheCompanysZone() throws Exception {
        CalendarFeedService.Opened feed = new CalendarFeedService.Opened(7, "Ravi Patel", Locale.ENGLISH, List.of(
                new CalendarEntry("review-12", 2, false, LocalDate.of(2026, 12, 1), null,
                        "review.invitation.title.WEEKLY_ONE_ON_ONE", List.of("Ravi Patel", "Mia Manager"), "reviews/12"),
                new CalendarEntry("review-13", 1, true, LocalDate.of(2026, 12, 2), null,
                        "review.invitation.title.QUARTERLY_PLAN", List.of("Ravi Patel", "Mia Manager"), "reviews/13"),
                new CalendarEntry("demo-1", 0, false, LocalDate.of(2026, 7, 1), LocalTime.of(9, 30),
                        "calendar-feed.pact.start", List.of("Ravi Patel", "2"), null)), "\"x\"");

        Calendar calendar = new CalendarBuilder().build(new StringReader(writer.write(feed)));

        assertThat(value(calendar, Property.METHOD)).isEqualTo("PUBLISH");
        assertThat(value(calendar, Property.PRODID)).isEqualTo("-//SalesPact//Meetings//EN");
        assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo("SalesPact: Ravi Patel");
        assertThat(value(calendar, "X-WR-TIMEZONE")).isEqualTo("Europe/Berlin");
        assertThat(value(calendar.getComponent(Component.VTIMEZONE).orElseThrow(), Property.TZID))
                .isEqualTo("Europe/Berlin");
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(3);

        VEvent oneOnOne = events.get(0);
        assertThat(value(oneOnOne, Property.UID)).isEqualTo("review-12@salespact.example.com");
        assertThat(value(oneOnOne, Property.SEQUENCE)).isEqualTo("2");
        assertThat(value(oneOnOne, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(oneOnOne, Property.SUMMARY)).isEqualTo("1:1: Ravi Patel with Mia Manager");
        Property day = oneOnOne.getProperty(Property.DTSTART).orElseThrow();
        assertThat(day.getValue()).isEqualTo("20261201");
        assertThat(parameter(day, Parameter.VALUE)).isEqualTo("DATE");
        assertThat(parameter(day, Parameter.TZID)).isNull();
        assertThat(value(oneOnOne, Property.DTEND)).isEqualTo("20261202");
        assertThat(value(oneOnOne, Property.URL)).isEqualTo("https://salespact.example.com/reviews/12");
        assertThat(oneOnOne.getProperty(Property.ORGANIZER)).as("no addresses in a published feed").isEmpty();
        assertThat(oneOnOne.getProperties(Property.ATTENDEE)).isEmpty();

        assertThat(value(events.get(1), Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(events.get(1), Property.SEQUENCE)).isEqualTo("1");

        VEvent timed = events.get(2);
        Property start = timed.getProperty(Property.DTSTART).orElseThrow();
        assertThat(start.getValue()).isEqualTo("20260701T093000");
        assertThat(parameter(start, Parameter.TZID)).isEqualTo("Europe/Berlin");
        assertThat(parameter(start, Parameter.VALUE)).isNull();
        assertThat(value(timed, Property.DTEND)).isEqualTo("20260701T103000");
        assertThat(timed.getProperty(Property.TRANSP)).as("a timed event blocks its hour").isEmpty();
    }

    @Test
    void inUtcNoTimeZoneIsWritten() throws Exception {
        CalendarFeedWriter utc = new CalendarFeedWriter(links, Clock.fixed(Instant.parse("2026-11-18T10:00:00Z"),
                ZoneId.of("UTC")));
        Calendar calendar = new CalendarBuilder().build(new StringReader(utc.write(
                new CalendarFeedService.Opened(7, "Ravi Patel", Locale.GERMAN, List.of(), "\"x\""))));
        assertThat(calendar.getComponent(Component.VTIMEZONE)).isEmpty();
        assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo("SalesPact: Ravi Patel");
    }
}
