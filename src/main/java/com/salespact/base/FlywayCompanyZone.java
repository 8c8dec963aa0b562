package com.salespact.base;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.stereotype.Component;

/**
 * Gives migrations the company's time zone as the placeholder {@code ${company_zone}}, so that a migration turning a
 * timestamp into a business day (V12: a deal's opened_on) uses the same zone as the application, not the database
 * session's.
 */
@Component
class FlywayCompanyZone implements FlywayConfigurationCustomizer {

    static final String PLACEHOLDER = "company_zone";

    private final Clock clock;

    FlywayCompanyZone(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void customize(org.flywaydb.core.api.configuration.FluentConfiguration configuration) {
        Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
        ZoneId zone = clock.getZone().normalized();
        // "Z" is no zone name PostgreSQL knows; a fixed non-zero offset is left as Java writes it (rare in practice).
        placeholders.put(PLACEHOLDER, zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId());
        configuration.placeholders(placeholders);
    }
}
