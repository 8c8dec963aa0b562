package com.salespact.digest;

import com.salespact.base.DateRange;
import com.salespact.base.FiscalCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * One digest per person and ISO week: the digest of week W is sent in W and looks back on the week before (complete,
 * so its figures no longer move). Its key names the week it is sent in ("2026-W49").
 *
 * @param monday the Monday of the week the digest is sent in
 */
public record DigestWeek(LocalDate monday) {

    public DigestWeek {
        monday = monday.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The digest sent in the week of {@code day}. */
    public static DigestWeek of(LocalDate day) {
        return new DigestWeek(day);
    }

    /** The week the digest reports on: the complete ISO week before. */
    public DateRange covered() {
        return FiscalCalendar.isoWeekOf(monday.minusDays(7));
    }

    /** "2026-W49": the ISO week it is sent in, for the outbox's dedup key and the address bar. */
    public String isoLabel() {
        return FiscalCalendar.isoWeekLabel(monday);
    }

    /** The week of an ISO label ("2026-W49"); empty for anything else. */
    public static java.util.Optional<DigestWeek> parse(String label) {
        if (label == null || !label.matches("\\d{4}-W\\d{2}")) {
            return java.util.Optional.empty();
        }
        int year = Integer.parseInt(label.substring(0, 4));
        int week = Integer.parseInt(label.substring(6));
        LocalDate june = LocalDate.of(year, 6, 1);
        if (week < 1 || week > june.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(of(june.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)));
    }

    /** The dedup key of one person's digest of this week. */
    public String dedupKey(long personId) {
        return "digest:" + personId + ":" + isoLabel();
    }

    /**
     * Whether the digest of this moment's week is due: on the digest day, from the digest time until midnight, both
     * read in the company's zone. A node that was down at 7:00 still sends at 7:10; a day missed entirely is not made
     * up on Tuesday (a digest of last week that arrives mid-week reads as news it no longer is).
     */
    public static boolean due(LocalDateTime companyNow, DigestSettings settings) {
        return settings.enabled() && companyNow.getDayOfWeek() == settings.day()
                && !companyNow.toLocalTime().isBefore(settings.time());
    }
}
