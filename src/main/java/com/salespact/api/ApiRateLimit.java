package com.salespact.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At most {@code salespact.api.requests-per-minute} requests per token and clock minute (a fixed window), counted in
 * the database (V25) so the limit holds across all nodes (decision 024). A refused request is told how many seconds
 * remain until the window turns. The count runs in its own short transaction, never the request's: one conditional
 * update in the common case; the minute's first request inserts the row.
 */
@Component
class ApiRateLimit {

    private static final Logger LOG = LoggerFactory.getLogger(ApiRateLimit.class);
    private static final long WINDOW_MILLIS = 60_000;
    /** Windows older than this are only history: the housekeeping deletes them. */
    static final Duration KEEP = Duration.ofHours(1);

    /** A token's window in this node's memory: the clock minute it counts and how many requests it has seen. */
    private record Window(long minute, int count) {
    }

    private final ApiRateWindowRepository windows;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final int perMinute;
    private final Map<Long, Window> fallback = new ConcurrentHashMap<>();
    private final AtomicLong lastWarning = new AtomicLong(Long.MIN_VALUE);

    ApiRateLimit(ApiRateWindowRepository windows, PlatformTransactionManager transactions, Clock clock,
                 @Value("${salespact.api.requests-per-minute:120}") int perMinute) {
        this.windows = windows;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.perMinute = perMinute;
    }

    int perMinute() {
        return perMinute;
    }

    /** Counts a request; 0 when it may go on, else the seconds to wait (the Retry-After header). */
    long acquire(long tokenId) {
        long millis = clock.millis();
        long minute = Math.floorDiv(millis, WINDOW_MILLIS);
        boolean allowed;
        try {
            allowed = countInDatabase(tokenId, Instant.ofEpochMilli(minute * WINDOW_MILLIS));
        } catch (DataAccessException | TransactionException unavailable) {
            // A database hiccup alone must not fail the API: this request is counted in this node's memory instead
            // (the limit then holds per node, as before V25). Warned at most once a minute, not once per request.
            warnAtMostOncePerMinute(millis, unavailable);
            allowed = countInMemory(tokenId, minute);
        }
        return allowed ? 0 : Math.max(1, ((minute + 1) * WINDOW_MILLIS - millis + 999) / 1000);
    }

    /** Deletes the windows older than {@link #KEEP}. @return how many */
    int forgetOldWindows() {
        Integer deleted = ownTransaction.execute(tx -> windows.deleteStartedBefore(clock.instant().minus(KEEP)));
        return deleted == null ? 0 : deleted;
    }

    private boolean countInDatabase(long tokenId, Instant start) {
        try {
            return Boolean.TRUE.equals(ownTransaction.execute(tx -> windows.countIfBelow(tokenId, start, perMinute) == 1
                    || perMinute > 0 && !windows.existsById(new ApiRateWindow.Key(tokenId, start))
                    && windows.open(tokenId, start) == 1));
        } catch (DataIntegrityViolationException raced) {
            // Another node opened the minute between our check and insert: its row is there now, count in it.
            return Boolean.TRUE.equals(ownTransaction.execute(tx -> windows.countIfBelow(tokenId, start, perMinute) == 1));
        }
    }

    private boolean countInMemory(long tokenId, long minute) {
        Window window = fallback.compute(tokenId, (id, current) -> current == null || current.minute() != minute
                ? new Window(minute, 1) : new Window(minute, current.count() + 1));
        return window.count() <= perMinute;
    }

    private void warnAtMostOncePerMinute(long millis, RuntimeException cause) {
        long last = lastWarning.get();
        if ((last == Long.MIN_VALUE || millis - last >= WINDOW_MILLIS) && lastWarning.compareAndSet(last, millis)) {
            LOG.warn("API rate limit: the database did not answer ({}); counting in this node's memory for now",
                    cause.toString());
        }
    }
}
