package com.salespact.reviews;

import java.time.DayOfWeek;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Review defaults until a pact says otherwise ({@code salespact.reviews.*}): 1:1s weekly on Friday. The reminder
 * job's schedule is {@code salespact.reviews.reminder-cron} (hourly; "-" switches it off, as the test profile does).
 */
@ConfigurationProperties(prefix = "salespact.reviews")
public record ReviewSettings(DayOfWeek oneOnOneDay, int oneOnOneEveryWeeks) {

    public ReviewSettings {
        oneOnOneDay = oneOnOneDay == null ? DayOfWeek.FRIDAY : oneOnOneDay;
        oneOnOneEveryWeeks = oneOnOneEveryWeeks == 0 ? 1 : oneOnOneEveryWeeks;
    }
}
