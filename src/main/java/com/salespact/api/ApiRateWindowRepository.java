package com.salespact.api;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApiRateWindowRepository extends JpaRepository<ApiRateWindow, ApiRateWindow.Key> {

    /**
     * Counts one more request in the token's minute unless it has reached {@code limit}: 1 when counted, 0 when the
     * minute is full or has no row yet. Atomic on both databases: a concurrent update waits for the row and checks the
     * limit again on the count it then sees, so the count never passes the limit.
     */
    @Modifying
    @Query("""
            update ApiRateWindow w set w.requestCount = w.requestCount + 1
            where w.key.tokenId = :tokenId and w.key.windowStart = :start and w.requestCount < :limit""")
    int countIfBelow(@Param("tokenId") long tokenId, @Param("start") Instant start, @Param("limit") int limit);

    /** The minute's first request. Fails on the primary key when another node inserted the row first. */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert into api_rate_window (token_id, window_start, request_count) values (:tokenId, :start, 1)""")
    int open(@Param("tokenId") long tokenId, @Param("start") Instant start);

    /** Housekeeping: windows that started before {@code before}. */
    @Modifying
    @Query("delete from ApiRateWindow w where w.key.windowStart < :before")
    int deleteStartedBefore(@Param("before") Instant before);
}
