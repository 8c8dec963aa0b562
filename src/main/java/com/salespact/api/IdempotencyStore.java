package com.salespact.api;

import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Idempotency keys per token (decision 024). A key is claimed in its own transaction before the write runs, so two
 * requests racing with one key cannot both write: the unique (token, key) lets one insert, the other finds the claim.
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

    IdempotencyStore(IdempotencyRepository records, PlatformTransactionManager transactions, Clock clock) {
        this.records = records;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    Claim claim(long tokenId, String key, String requestHash) {
        Optional<Claim> existing = ownTransaction.execute(status -> records.findByTokenIdAndKey(tokenId, key)
                .map(found -> judge(found, requestHash)));
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            return new Claim.Claimed(ownTransaction.execute(status -> records.saveAndFlush(
                    new IdempotencyRecord(tokenId, key, requestHash, clock.instant())).getId()));
        } catch (DataIntegrityViolationException raced) {
            return ownTransaction.execute(status -> records.findByTokenIdAndKey(tokenId, key)
                    .map(found -> judge(found, requestHash)).orElseGet(Claim.InProgress::new));
        }
    }

    void complete(long id, int status, String body) {
        ownTransaction.executeWithoutResult(tx -> records.findById(id).ifPresent(record -> record.complete(status, body)));
    }

    /** The write failed on the server's side: the key may be used again. */
    void release(long id) {
        ownTransaction.executeWithoutResult(tx -> records.deleteById(id));
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
