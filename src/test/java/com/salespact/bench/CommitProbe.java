package com.salespact.bench;

import com.salespact.deals.DealChanged;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Notes the moment a deal change commits: an after-commit listener like {@link com.salespact.base.LiveUpdates}'s own,
 * so "commit → screen done" starts where the push starts. Registered only by the dashboard benchmarks ({@code @Import}),
 * never by component scan (no stereotype annotation).
 */
class CommitProbe {

    private final Map<Long, Long> committedAt = new ConcurrentHashMap<>();

    @TransactionalEventListener
    void committed(DealChanged event) {
        committedAt.put(event.dealId(), System.nanoTime());
    }

    /** The {@link System#nanoTime()} at which the last change of the deal committed, or null; forgets it. */
    Long takeCommitTime(long dealId) {
        return committedAt.remove(dealId);
    }
}
