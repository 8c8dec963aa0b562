package com.salespact.messaging;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Every change after the insert is a conditional update that says how many rows it changed: a claim succeeds on one
 * node only (the row must still be queued, due and unclaimed or its lease run out), and a result is recorded only by
 * the holder of the claim. Plain JPQL, so H2 and PostgreSQL behave alike.
 */
interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

    boolean existsByDedupKey(String dedupKey);

    @Query("""
            select m.id from OutboxMessage m
            where m.status = com.salespact.messaging.OutboxStatus.QUEUED and m.channel = :channel
              and m.nextAttemptAt <= :now and (m.claimedUntil is null or m.claimedUntil < :now)
            order by m.nextAttemptAt, m.id""")
    List<Long> due(@Param("channel") Channel channel, @Param("now") Instant now, Pageable page);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OutboxMessage m set m.claimedBy = :token, m.claimedUntil = :until
            where m.id = :id and m.status = com.salespact.messaging.OutboxStatus.QUEUED
              and m.nextAttemptAt <= :now and (m.claimedUntil is null or m.claimedUntil < :now)""")
    int claim(@Param("id") long id, @Param("token") String token, @Param("now") Instant now,
              @Param("until") Instant until);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OutboxMessage m set m.status = com.salespact.messaging.OutboxStatus.SENT, m.sentAt = :now,
                m.attempts = m.attempts + 1, m.lastError = null, m.claimedBy = null, m.claimedUntil = null
            where m.id = :id and m.claimedBy = :token""")
    int markSent(@Param("id") long id, @Param("token") String token, @Param("now") Instant now);

    /** Another try later (status stays QUEUED), or given up (FAILED); either way the claim is released. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OutboxMessage m set m.status = :status, m.attempts = m.attempts + :counted,
                m.nextAttemptAt = :next, m.lastError = :error, m.claimedBy = null, m.claimedUntil = null
            where m.id = :id and m.claimedBy = :token""")
    int markUnsent(@Param("id") long id, @Param("token") String token, @Param("status") OutboxStatus status,
                   @Param("counted") int counted, @Param("next") Instant next, @Param("error") String error);

    /** With no mail server configured: say so on every waiting mail, without claiming or counting an attempt. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OutboxMessage m set m.lastError = :reason
            where m.status = com.salespact.messaging.OutboxStatus.QUEUED and m.channel = :channel
              and (m.lastError is null or m.lastError <> :reason)""")
    int explainWaiting(@Param("channel") Channel channel, @Param("reason") String reason);

    /**
     * The admin's "Retry now": a failed message starts a fresh series of attempts; a queued one becomes due now. A
     * message a worker holds right now is left alone (its result is on the way).
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OutboxMessage m set m.status = com.salespact.messaging.OutboxStatus.QUEUED, m.nextAttemptAt = :now,
                m.attempts = case when m.status = com.salespact.messaging.OutboxStatus.FAILED then 0 else m.attempts end
            where m.id = :id and m.status <> com.salespact.messaging.OutboxStatus.SENT
              and (m.claimedUntil is null or m.claimedUntil < :now)""")
    int retryNow(@Param("id") long id, @Param("now") Instant now);

    /** Housekeeping: sent messages sent before {@code before}. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            delete from OutboxMessage m
            where m.status = com.salespact.messaging.OutboxStatus.SENT and m.sentAt < :before""")
    int deleteSentBefore(@Param("before") Instant before);

    /** Housekeeping: failed messages written before {@code before}. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            delete from OutboxMessage m
            where m.status = com.salespact.messaging.OutboxStatus.FAILED and m.createdAt < :before""")
    int deleteFailedBefore(@Param("before") Instant before);
}
