package com.salespact.digest;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When the weekly pact digest goes out ({@code salespact.digest.*}): on {@code day} from {@code time} on, in the
 * company's time zone (the clock's, {@code salespact.clock.zone}); {@code enabled=false} switches it off for everyone.
 * {@code check-cron} is how often a node looks whether it is due (every 10 minutes; "-" never, as in tests).
 */
@ConfigurationProperties(prefix = "salespact.digest")
public record DigestSettings(Boolean enabled, DayOfWeek day, LocalTime time) {

    public DigestSettings {
        enabled = enabled == null || enabled;
        day = day == null ? DayOfWeek.MONDAY : day;
        time = time == null ? LocalTime.of(7, 0) : time;
    }
}
