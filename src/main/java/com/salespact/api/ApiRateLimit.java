package com.salespact.api;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most {@code salespact.api.requests-per-minute} requests per token and clock minute (a fixed window), counted in
 * this node's memory (decision 024): with several nodes behind a balancer a token gets up to that many per node. A
 * refused request is told how many seconds remain until the window turns.
 */
@Component
class ApiRateLimit {

    /** A token's window: the clock minute it counts and how many requests it has seen. */
    private record Window(long minute, int count) {
    }

    private final Map<Long, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int perMinute;

    ApiRateLimit(Clock clock, @Value("${salespact.api.requests-per-minute:120}") int perMinute) {
        this.clock = clock;
        this.perMinute = perMinute;
    }

    int perMinute() {
        return perMinute;
    }

    /** Counts a request; 0 when it may go on, else the seconds to wait (the Retry-After header). */
    long acquire(long tokenId) {
        long millis = clock.millis();
        long minute = millis / 60_000;
        Window window = windows.compute(tokenId, (id, current) -> current == null || current.minute() != minute
                ? new Window(minute, 1) : new Window(minute, current.count() + 1));
        if (window.count() <= perMinute) {
            return 0;
        }
        return Math.max(1, ((minute + 1) * 60_000 - millis + 999) / 1000);
    }
}
