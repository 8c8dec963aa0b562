package com.salespact.messaging;

import com.salespact.base.CalendarEntry;
import com.salespact.base.Messages;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import org.springframework.stereotype.Component;

/**
 * A person's feed as an iCalendar object to subscribe to: METHOD PUBLISH, the calendar named after the person
 * (X-WR-CALNAME), the company's time zone (X-WR-TIMEZONE and its VTIMEZONE), one VEVENT per entry built by
 * {@link CalendarEvents} exactly as the invitations are (same UID and SEQUENCE, all-day or timed by the same rule).
 * A published feed names nobody's e-mail address: no ORGANIZER or ATTENDEE.
 */
@Component
class CalendarFeedWriter {

    private final MessagingLinks links;
    private final Clock clock;

    CalendarFeedWriter(MessagingLinks links, Clock clock) {
        this.links = links;
        this.clock = clock;
    }

    String write(CalendarFeedService.Opened feed) {
        ZoneId zone = clock.getZone();
        Calendar calendar = new Calendar().withProdId(CalendarEvents.PRODUCT).withDefaults()
                .withProperty(ImmutableMethod.PUBLISH)
                .withProperty(new XProperty("X-WR-CALNAME", Messages.text(feed.locale(), "calendar-feed.name",
                        feed.personName())))
                // A hint to calendar apps how often to ask again (they choose; Google takes hours regardless).
                .withProperty(new XProperty("X-PUBLISHED-TTL", "PT1H"))
                .getFluentTarget();
        CalendarEvents.timeZone(zone).ifPresent(timeZone -> {
            calendar.add(new XProperty("X-WR-TIMEZONE", zone.normalized().getId()));
            calendar.add(timeZone);
        });
        for (CalendarEntry entry : feed.entries()) {
            String link = entry.link() == null ? null : links.absolute(entry.link());
            CalendarEvents.Event event = new CalendarEvents.Event(links.calendarUid(entry.eventKey()),
                    entry.sequence(), entry.cancelled(), entry.day(), entry.time(), Duration.ofHours(1),
                    Messages.text(feed.locale(), entry.titleKey(), entry.titleArgs().toArray()), link, link, null,
                    null);
            calendar.add(CalendarEvents.event(event, zone, clock.instant()));
        }
        return CalendarEvents.write(calendar, "feed of person " + feed.personId());
    }
}
