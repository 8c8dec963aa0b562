package com.salespact.pact;

import com.salespact.base.CalendarEntry;
import com.salespact.base.CalendarFeedSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Pact dates in a person's calendar feed, all-day: of each signed version its period's first and last day and, until
 * next period's pact is signed, the day it falls due for renewal ({@link PactService#renewalStarts}); of a proposed
 * version the signature (or countersignature) it waits for, on its period's first day, the day it should be in force.
 * A rep sees their own; a manager those of their team's reps. SEQUENCE is the version row's own version, so a change
 * to a proposed version replaces its event.
 */
@Component
class PactCalendar implements CalendarFeedSource {

    private final PactCalendarRows rows;
    private final int renewalDays;

    PactCalendar(PactCalendarRows rows, @Value(PactService.RENEWAL_DAYS) int renewalDays) {
        this.rows = rows;
        this.renewalDays = renewalDays;
    }

    @Override
    public List<CalendarEntry> entries(long personId, LocalDate from, LocalDate until) {
        List<CalendarEntry> entries = new ArrayList<>();
        for (PactCalendarRows.Row row : rows.ofPerson(personId, from, until)) {
            String key = "pact-" + row.id() + "-";
            int sequence = (int) Math.min(Integer.MAX_VALUE, row.rowVersion());
            List<String> names = List.of(row.repName(), String.valueOf(row.number()));
            String link = PactLinks.review(row.id());
            if (row.status() == PactStatus.SIGNED) {
                entries.add(entry(key + "start", sequence, row.periodStart(), "calendar-feed.pact.start", names, link));
                entries.add(entry(key + "end", sequence, row.periodEnd(), "calendar-feed.pact.end", names, link));
                if (row.renewed() == 0) {
                    entries.add(entry(key + "renew", sequence, PactService.renewalStarts(row.periodEnd(), renewalDays),
                            "calendar-feed.pact.renew", names, link));
                }
            } else if (row.status() == PactStatus.PROPOSED) {
                entries.add(entry(key + "sign", sequence, row.periodStart(), row.repSigned()
                        ? "calendar-feed.pact.countersign" : "calendar-feed.pact.sign", names, link));
            }
        }
        return entries;
    }

    private static CalendarEntry entry(String key, int sequence, LocalDate day, String titleKey, List<String> args,
                                       String link) {
        return new CalendarEntry(key, sequence, false, day, null, titleKey, args, link);
    }
}
