package com.salespact.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.KeptRows;
import com.salespact.SeededCompany;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What counting in the database adds to an API request (decision 024), not a unit test (tag "bench"):
 * {@code ./mvnw test -Pbench -Dtest='ApiRateLimitBenchmark,ApiRateLimitPostgresBenchmark'}. One node counts 2,000
 * requests of one token in one minute (the common case: one conditional update in its own transaction), after 500
 * unmeasured; three runs, ms per request printed (and written to target/bench/api-rate-limit-*.txt).
 */
@Tag("bench")
@SpringBootTest
@ActiveProfiles("test")
class ApiRateLimitBenchmark {

    private static final int WARM_UP = 500;
    private static final int REQUESTS = 2_000;
    private static final int RUNS = 3;

    @Autowired ApiRateWindowRepository windows;
    @Autowired PlatformTransactionManager transactions;
    @Autowired ApiTokenService tokens;
    @Autowired UserDetailsService users;
    @Autowired SeededCompany company;
    @Autowired JdbcTemplate jdbc;

    private KeptRows kept;
    private long tokenId;

    @BeforeEach
    void createToken() {
        kept = new KeptRows(jdbc).addedTo("api_token");
        tokenId = TestTokens.issue(tokens, users, "rate limit benchmark", ApiScope.READ, company.teamOf("rep")).id();
    }

    @AfterEach
    void restore() {
        kept.restore();
    }

    String database() {
        return "h2";
    }

    @Test
    void costPerRequest() throws IOException {
        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "API rate limit counter on %s: %d requests per run, %d cores, load average %.2f",
                database(), REQUESTS, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        Instant minute = Instant.parse("2026-11-18T10:00:00Z");
        for (int run = 1; run <= RUNS; run++) {
            // Each run in a minute of its own, so its first request opens the window as in production.
            Instant at = minute.plusSeconds(60L * run);
            ApiRateLimit node = new ApiRateLimit(windows, transactions, Clock.fixed(at, ZoneOffset.UTC),
                    Integer.MAX_VALUE);
            for (int i = 0; i < WARM_UP; i++) {
                assertThat(node.acquire(tokenId)).isZero();
            }
            long start = System.nanoTime();
            for (int i = 0; i < REQUESTS; i++) {
                assertThat(node.acquire(tokenId)).isZero();
            }
            double millisPerRequest = (System.nanoTime() - start) / 1e6 / REQUESTS;
            assertThat(jdbc.queryForObject("select request_count from api_rate_window where token_id = ?"
                    + " and window_start = ?", Integer.class, tokenId, at.atOffset(ZoneOffset.UTC)))
                    .isEqualTo(WARM_UP + REQUESTS);
            report.add(String.format(Locale.ROOT, "run %d: %.3f ms/request", run, millisPerRequest));
        }
        String text = String.join(System.lineSeparator(), report);
        System.out.println(text);
        Path out = Path.of("target", "bench", "api-rate-limit-" + database() + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text + System.lineSeparator());
    }
}
