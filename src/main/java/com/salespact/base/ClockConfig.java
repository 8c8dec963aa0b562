package com.salespact.base;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Time comes from this bean so that tests can freeze it. {@code salespact.clock.fixed} (an ISO instant)
 * freezes it for tests and reproducible demos; {@code salespact.clock.zone} sets the business time zone.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

    @Bean
    Clock clock(@Value("${salespact.clock.fixed:}") String fixed, @Value("${salespact.clock.zone:}") String zone) {
        ZoneId zoneId = zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
        return fixed.isBlank() ? Clock.system(zoneId) : Clock.fixed(Instant.parse(fixed), zoneId);
    }
}
