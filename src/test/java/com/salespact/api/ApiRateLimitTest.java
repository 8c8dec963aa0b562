package com.salespact.api;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.salespact.KeptRows;
import com.salespact.LogCapture;
import com.salespact.SeededCompany;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;

/**
 * The API's rate limit holds across the cluster (decision 024): two {@link ApiRateLimit}s on one database stand for
 * two nodes and together let exactly the limit through per token and minute, also when many requests open a minute at
 * once; the next minute starts again; old windows are deleted by the daily housekeeping; and a database that does not
 * answer falls back to this node's memory with one warning. Time is moved by giving each step nodes on their own fixed
 * clock; the housekeeping bean runs on the test clock (NOW).
 */
@SpringBootTest
@ActiveProfiles("test")
class ApiRateLimitTest {

    private static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");
    private static final int LIMIT = 5;

    @Autowired ApiRateWindowRepository windows;
    @Autowired PlatformTransactionManager transactions;
    @Autowired IdempotencyHousekeeping housekeeping;
    @Autowired ApiTokenService tokens;
    @Autowired UserDetailsService users;
    @Autowired SeededCompany company;
    @Autowired JdbcTemplate jdbc;

    private KeptRows kept;
    private long tokenId;

    @BeforeEach
    void createToken() {
        kept = new KeptRows(jdbc).addedTo("api_token"); // its windows go with it (on delete cascade)
        tokenId = TestTokens.issue(tokens, users, "rate limit", ApiScope.READ, company.teamOf("rep")).id();
    }

    @AfterEach
    void restore() {
        kept.restore();
    }

    private ApiRateLimit nodeAt(Instant now) {
        return nodeAt(now, transactions);
    }

    private ApiRateLimit nodeAt(Instant now, PlatformTransactionManager transactionManager) {
        return new ApiRateLimit(windows, transactionManager, Clock.fixed(now, ZoneOffset.UTC), LIMIT);
    }

    private Integer counted(Instant windowStart) {
        List<Integer> counts = jdbc.queryForList(
                "select request_count from api_rate_window where token_id = ? and window_start = ?", Integer.class,
                tokenId, windowStart.atOffset(ZoneOffset.UTC));
        return counts.isEmpty() ? null : counts.getFirst();
    }

    @Test
    void twoNodesTogetherRefuseTheRequestOverTheLimit() {
        Instant at = NOW.plusSeconds(20);
        ApiRateLimit first = nodeAt(at);
        ApiRateLimit second = nodeAt(at);

        for (int i = 0; i < LIMIT; i++) {
            assertThat((i % 2 == 0 ? first : second).acquire(tokenId)).as("request %d", i + 1).isZero();
        }
        assertThat(second.acquire(tokenId)).as("the %dth, though this node saw only %d", LIMIT + 1, LIMIT / 2)
                .isEqualTo(40);
        assertThat(first.acquire(tokenId)).isEqualTo(40);
        assertThat(counted(NOW)).as("one row for the minute, never past the limit").isEqualTo(LIMIT);
    }

    @Test
    void manyRequestsOpeningAMinuteAtOnceOnTwoNodesLetExactlyTheLimitThrough() throws Exception {
        Instant at = NOW.plus(Duration.ofMinutes(7));
        List<ApiRateLimit> nodes = List.of(nodeAt(at), nodeAt(at));
        int requests = 4 * LIMIT;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Long>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                ApiRateLimit node = nodes.get(i % 2);
                answers.add(pool.submit(() -> {
                    start.await();
                    return node.acquire(tokenId);
                }));
            }
            start.countDown();
            int allowed = 0;
            for (Future<Long> answer : answers) {
                allowed += answer.get() == 0 ? 1 : 0;
            }
            assertThat(allowed).isEqualTo(LIMIT);
        } finally {
            pool.shutdownNow();
        }
        assertThat(counted(at)).isEqualTo(LIMIT);
    }

    @Test
    void theNextMinuteStartsAgainAndRetryAfterNamesItsStart() {
        Instant late = NOW.plusSeconds(45);
        ApiRateLimit node = nodeAt(late);
        for (int i = 0; i < LIMIT; i++) {
            assertThat(node.acquire(tokenId)).isZero();
        }
        assertThat(node.acquire(tokenId)).as("seconds to 10:01").isEqualTo(15);
        assertThat(nodeAt(NOW.plusMillis(59_500)).acquire(tokenId)).as("rounded up, at least 1").isEqualTo(1);

        ApiRateLimit nextMinute = nodeAt(NOW.plusSeconds(60));
        for (int i = 0; i < LIMIT; i++) {
            assertThat(nextMinute.acquire(tokenId)).as("request %d of the new minute", i + 1).isZero();
        }
        assertThat(nextMinute.acquire(tokenId)).isEqualTo(60);
        assertThat(counted(NOW)).isEqualTo(LIMIT);
        assertThat(counted(NOW.plusSeconds(60))).isEqualTo(LIMIT);
    }

    @Test
    void housekeepingDeletesWindowsOlderThanAnHour() {
        nodeAt(NOW.minus(Duration.ofHours(3))).acquire(tokenId);
        nodeAt(NOW.minus(Duration.ofMinutes(61))).acquire(tokenId);
        nodeAt(NOW.minus(Duration.ofMinutes(59))).acquire(tokenId);
        nodeAt(NOW).acquire(tokenId);

        assertThat(housekeeping.cleanRateWindows()).isEqualTo(2);

        assertThat(counted(NOW.minus(Duration.ofHours(3)))).isNull();
        assertThat(counted(NOW.minus(Duration.ofMinutes(61)))).isNull();
        assertThat(counted(NOW.minus(Duration.ofMinutes(59)))).isEqualTo(1);
        assertThat(counted(NOW)).isEqualTo(1);
        assertThat(housekeeping.cleanRateWindows()).as("nothing left to delete").isZero();
    }

    @Test
    void withoutTheDatabaseTheNodeCountsInMemoryAndWarnsOnce() {
        ApiRateLimit cutOff = nodeAt(NOW.plusSeconds(30), new PlatformTransactionManager() {
            @Override
            public TransactionStatus getTransaction(TransactionDefinition definition) {
                throw new CannotCreateTransactionException("database unavailable (test)");
            }

            @Override
            public void commit(TransactionStatus status) {
                throw new IllegalStateException("never begun");
            }

            @Override
            public void rollback(TransactionStatus status) {
                throw new IllegalStateException("never begun");
            }
        });
        try (LogCapture log = LogCapture.start()) {
            for (int i = 0; i < LIMIT; i++) {
                assertThat(cutOff.acquire(tokenId)).as("request %d goes on", i + 1).isZero();
            }
            assertThat(cutOff.acquire(tokenId)).as("still limited, by this node's count").isEqualTo(30);
            assertThat(log.atLeast(Level.WARN, ApiRateLimit.class.getName())).hasSize(1);
        }
        assertThat(counted(NOW)).isNull();
    }
}
