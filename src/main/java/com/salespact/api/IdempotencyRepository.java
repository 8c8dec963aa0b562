package com.salespact.api;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface IdempotencyRepository extends JpaRepository<IdempotencyRecord, Long> {

    /** Expired rows are found too: a new request takes such a row over with {@link #reclaim}. */
    Optional<IdempotencyRecord> findByTokenIdAndKey(Long tokenId, String key);

    /**
     * Turns an expired row into a fresh claim for another request, in place: an update keeps the unique (token, key)
     * out of the way. 0 when it is no longer expired (a racing request took it over) or gone (housekeeping).
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update IdempotencyRecord r
            set r.requestHash = :requestHash, r.status = null, r.responseBody = null, r.createdAt = :now
            where r.id = :id and r.createdAt < :expiredBefore""")
    int reclaim(@Param("id") long id, @Param("requestHash") String requestHash, @Param("now") Instant now,
                @Param("expiredBefore") Instant expiredBefore);

    /** Housekeeping: rows claimed before {@code before} (index on created_at, V21). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from IdempotencyRecord r where r.createdAt < :before")
    int deleteCreatedBefore(@Param("before") Instant before);
}
