package com.salespact.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.KeptRows;
import com.salespact.SeededCompany;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Idempotency keys are kept 24 hours from their claim, then forgotten (decision 024): a replay inside the window gets
 * the first answer, the same key later is a new request that takes the old row over (the unique (token, key) must not
 * refuse it, whether or not the housekeeping has run), and the daily housekeeping deletes only expired rows. Time is
 * moved by giving each step a store on its own fixed clock; the housekeeping bean runs on the test clock (NOW).
 */
@SpringBootTest
@ActiveProfiles("test")
class IdempotencyExpiryTest {

    private static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");
    private static final Duration KEEP = Duration.ofHours(24);

    @Autowired IdempotencyRepository records;
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
        kept = new KeptRows(jdbc).addedTo("api_token").addedTo("api_idempotency");
        tokenId = TestTokens.issue(tokens, users, "idempotency expiry", ApiScope.WRITE, company.teamOf("rep")).id();
    }

    @AfterEach
    void restore() {
        kept.restore();
    }

    private IdempotencyStore storeAt(Instant now) {
        return new IdempotencyStore(records, transactions, Clock.fixed(now, ZoneOffset.UTC), KEEP);
    }

    /** Claims the key at {@code at} and stores {@code body} as its first answer. */
    private void answered(String key, String hash, Instant at, String body) {
        IdempotencyStore store = storeAt(at);
        var claim = store.claim(tokenId, key, hash);
        assertThat(claim).isInstanceOf(IdempotencyStore.Claim.Claimed.class);
        store.complete(((IdempotencyStore.Claim.Claimed) claim).id(), 201, body);
    }

    private int rows(String key) {
        return jdbc.queryForObject("select count(*) from api_idempotency where token_id = ? and idem_key = ?",
                Integer.class, tokenId, key);
    }

    @Test
    void aReplayWithinTheWindowAnswersTheFirstResponse() {
        Instant first = NOW.minus(Duration.ofDays(3));
        answered("k-within", "hash-a", first, "{\"id\":1}");

        assertThat(storeAt(first.plus(Duration.ofHours(23))).claim(tokenId, "k-within", "hash-a"))
                .isEqualTo(new IdempotencyStore.Claim.Replay(201, "{\"id\":1}"));
        assertThat(storeAt(first.plus(KEEP)).claim(tokenId, "k-within", "hash-a"))
                .as("exactly 24 h after the claim the key is still kept")
                .isEqualTo(new IdempotencyStore.Claim.Replay(201, "{\"id\":1}"));
        assertThat(storeAt(first.plus(Duration.ofHours(23))).claim(tokenId, "k-within", "hash-other"))
                .isInstanceOf(IdempotencyStore.Claim.Mismatch.class);
    }

    @Test
    void afterTheWindowTheKeyIsNewAndItsOldRowIsTakenOver() {
        Instant first = NOW.minus(Duration.ofDays(3));
        answered("k-expired", "hash-a", first, "{\"id\":1}");

        Instant later = first.plus(KEEP).plusSeconds(1);
        var again = storeAt(later).claim(tokenId, "k-expired", "hash-a");
        assertThat(again).as("not a replay, and the unique (token, key) does not refuse it")
                .isInstanceOf(IdempotencyStore.Claim.Claimed.class);
        assertThat(rows("k-expired")).isEqualTo(1);
        assertThat(storeAt(later).claim(tokenId, "k-expired", "hash-a"))
                .as("the new claim is in progress, not the old answer")
                .isInstanceOf(IdempotencyStore.Claim.InProgress.class);

        storeAt(later).complete(((IdempotencyStore.Claim.Claimed) again).id(), 201, "{\"id\":2}");
        assertThat(storeAt(later.plus(Duration.ofHours(1))).claim(tokenId, "k-expired", "hash-a"))
                .as("the window starts again at the new claim")
                .isEqualTo(new IdempotencyStore.Claim.Replay(201, "{\"id\":2}"));

        answered("k-other-body", "hash-a", first, "{\"id\":3}");
        assertThat(storeAt(later).claim(tokenId, "k-other-body", "hash-b"))
                .as("a forgotten key may come with another request")
                .isInstanceOf(IdempotencyStore.Claim.Claimed.class);
    }

    @Test
    void anExpiredRowIsTakenOverOnlyOnceWhenTwoRequestsRaceForIt() {
        Instant first = NOW.minus(Duration.ofDays(3));
        answered("k-race", "hash-a", first, "{\"id\":1}");
        long id = records.findByTokenIdAndKey(tokenId, "k-race").orElseThrow().getId();
        Instant later = first.plus(KEEP).plusSeconds(1);
        Instant expiredBefore = later.minus(KEEP);
        TransactionTemplate tx = new TransactionTemplate(transactions);

        assertThat(tx.<Integer>execute(s -> records.reclaim(id, "hash-b", later, expiredBefore))).isEqualTo(1);
        assertThat(tx.<Integer>execute(s -> records.reclaim(id, "hash-c", later, expiredBefore)))
                .as("the second sees a live claim and falls back to the insert path").isZero();
        assertThat(jdbc.queryForObject("select request_hash from api_idempotency where id = ?", String.class, id))
                .isEqualTo("hash-b");
    }

    @Test
    void housekeepingDeletesOnlyExpiredRows() {
        answered("k-old", "hash", NOW.minus(Duration.ofHours(25)), "{}");
        storeAt(NOW.minus(Duration.ofHours(30))).claim(tokenId, "k-old-stuck", "hash");
        answered("k-young", "hash", NOW.minus(Duration.ofHours(23)), "{}");
        storeAt(NOW.minus(Duration.ofMinutes(1))).claim(tokenId, "k-running", "hash");

        assertThat(housekeeping.clean()).isEqualTo(2);

        assertThat(rows("k-old")).isZero();
        assertThat(rows("k-old-stuck")).as("a claim never completed goes too").isZero();
        assertThat(rows("k-young")).isEqualTo(1);
        assertThat(rows("k-running")).isEqualTo(1);
        assertThat(housekeeping.clean()).as("nothing left to delete").isZero();
    }

    @Test
    void itIsADailyJobUnderAClusterLock() throws Exception {
        var method = IdempotencyHousekeeping.class.getDeclaredMethod("onSchedule");
        assertThat(method.getAnnotation(Scheduled.class).cron())
                .isEqualTo("${salespact.api.idempotency-housekeeping-cron:0 50 3 * * *}");
        assertThat(method.getAnnotation(SchedulerLock.class).name()).isEqualTo(IdempotencyHousekeeping.LOCK);
    }
}
