package com.salespact.pact;

import com.salespact.security.SystemPrincipal;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Evaluates every rep's consequence ladder each Monday morning (once the last week is complete), once at start-up in
 * the background (unless switched off), and for one rep right after their pact is countersigned. Idempotent: the
 * same week evaluated twice changes nothing.
 */
@Component
class LadderJob {

    private static final Logger LOG = LoggerFactory.getLogger(LadderJob.class);

    private final LadderService ladder;
    private final LadderRows rows;
    private final boolean onStart;

    LadderJob(LadderService ladder, LadderRows rows, @Value("${salespact.ladder.check-on-start:true}") boolean onStart) {
        this.ladder = ladder;
        this.rows = rows;
        this.onStart = onStart;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        if (onStart) {
            Thread.ofVirtual().name("ladder-check").start(this::run);
        }
    }

    @Scheduled(cron = "${salespact.ladder.cron:0 45 6 * * MON}")
    void scheduled() {
        run();
    }

    /** A new pact (or version) governs from now: its ladder is the one the rep stands on. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onSigned(PactSigned signed) {
        try {
            SystemPrincipal.call(() -> ladder.evaluate(signed.repId()));
        } catch (RuntimeException failed) {
            LOG.warn("Ladder evaluation after signing failed for rep {}", signed.repId(), failed);
        }
    }

    /** @return how many reps stand on a rung */
    int run() {
        List<Long> reps = rows.activeRepIds();
        int onARung = 0;
        for (long repId : reps) {
            try {
                onARung += SystemPrincipal.call(() -> ladder.evaluate(repId)).filter(LadderPosition::reached)
                        .isPresent() ? 1 : 0;
            } catch (RuntimeException failed) {
                LOG.warn("Ladder evaluation failed for rep {}", repId, failed);
            }
        }
        LOG.info("Ladder check: {} of {} reps on a rung of their pact's consequence ladder", onARung, reps.size());
        return onARung;
    }
}
