package com.salespact.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Idempotency keys per token (decision 024). A key is claimed in its own transaction before the write runs, so two
 * requests racing with one key cannot both write: the unique (token, key) lets one insert, the other finds the claim.
 * A key is kept for {@code salespact.api.idempotency-keep} (24 h, as Stripe does) from its claim, then forgotten: an
 * older row counts as absent whether or not {@link IdempotencyHousekeeping} has deleted it yet.
 */
@Component
class IdempotencyStore {

    /** What a request with a key should do. */
    sealed interface Claim {
        /** The key is new: run the write, then {@link #complete} or {@link #release}. */
        record Claimed(long id) implements Claim {
        }

        /** The key was used with this request before: answer with its first response. */
        record Replay(int status, String body) implements Claim {
        }

        /** The key was used with a different request. */
        record Mismatch() implements Claim {
        }

        /** The first request with this key is still running. */
        record InProgress() implements Claim {
        }
    }

    private final IdempotencyRepository records;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final Duration keep;

    IdempotencyStore(IdempotencyRepository records, PlatformTransactionManager transactions, Clock clock,
                     @Value("${salespact.api.idempotency-keep:24h}") Duration keep) {
        this.records = records;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.keep = keep;
    }

    Claim claim(long tokenId, String key, String requestHash) {
        Instant now = clock.instant();
        Instant expiredBefore = now.minus(keep);
        Optional<Claim> existing = ownTransaction.execute(status -> records.findByTokenIdAndKey(tokenId, key)
                .flatMap(found -> found.getCreatedAt().isBefore(expiredBefore)
                        ? reclaim(found, requestHash, now, expiredBefore)
                        : Optional.of(judge(found, requestHash))));
        if (existing.isPresent()) {
            return existing.get();
        }
        // New key, or an expired row that a racing request or the housekeeping got to first.
        try {
            return new Claim.Claimed(ownTransaction.execute(status -> records.saveAndFlush(
                    new IdempotencyRecord(tokenId, key, requestHash, now)).getId()));
        } catch (DataIntegrityViolationException raced) {
            return ownTransaction.execute(status -> records.findByTokenIdAndKey(tokenId, key)
                    .filter(found -> !found.getCreatedAt().isBefore(expiredBefore))
                    .map(found -> judge(found, requestHash)).orElseGet(Claim.InProgress::new));
        }
    }

    /** Deletes the rows of forgotten keys. @return how many */
    int forgetExpired() {
        Integer deleted = ownTransaction.execute(status -> records.deleteCreatedBefore(clock.instant().minus(keep)));
        return deleted == null ? 0 : deleted;
    }

    void complete(long id, int status, String body) {
        ownTransaction.executeWithoutResult(tx -> records.findById(id).ifPresent(record -> record.complete(status, body)));
    }

    /** The write failed on the server's side: the key may be used again. */
    void release(long id) {
        ownTransaction.executeWithoutResult(tx -> records.deleteById(id));
    }

    /** A forgotten key comes again: its row becomes this request's claim, whatever the request (no mismatch). */
    private Optional<Claim> reclaim(IdempotencyRecord expired, String requestHash, Instant now, Instant expiredBefore) {
        return records.reclaim(expired.getId(), requestHash, now, expiredBefore) == 1
                ? Optional.of(new Claim.Claimed(expired.getId()))
                : Optional.empty();
    }

    private static Claim judge(IdempotencyRecord found, String requestHash) {
        if (!found.getRequestHash().equals(requestHash)) {
            return new Claim.Mismatch();
        }
        if (found.getStatus() == null) {
            return new Claim.InProgress();
        }
        return new Claim.Replay(found.getStatus(), found.getResponseBody());
    }
}
