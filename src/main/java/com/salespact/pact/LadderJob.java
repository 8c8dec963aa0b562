package com.salespact.pact;

import com.salespact.security.SystemPrincipal;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
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
 * same week evaluated twice changes nothing. Once per cluster: the Monday run and the start-up run take the lock
 * {@value #LOCK}, so with several nodes one evaluates and the others skip.
 */
@Component
class LadderJob {

    private static final Logger LOG = LoggerFactory.getLogger(LadderJob.class);

    static final String LOCK = "ladder-check";

    private final LadderService ladder;
    private final LadderRows rows;
    private final ObjectProvider<LadderJob> self;
    private final boolean onStart;

    LadderJob(LadderService ladder, LadderRows rows, ObjectProvider<LadderJob> self,
              @Value("${salespact.ladder.check-on-start:true}") boolean onStart) {
        this.ladder = ladder;
        this.rows = rows;
        this.self = self;
        this.onStart = onStart;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        if (onStart) {
            // Through the proxy, so the start-up check takes the same cluster lock as the Monday one.
            Thread.ofVirtual().name("ladder-check").start(() -> self.getObject().atStartOnce());
        }
    }

    /**
     * At most 30 minutes: evaluating every rep takes seconds, and a node that dies mid-run blocks the next run no
     * longer. At least 5 minutes: a node whose clock is a few minutes behind finds the lock still held, not free.
     */
    @Scheduled(cron = "${salespact.ladder.cron:0 45 6 * * MON}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    void scheduled() {
        run();
    }

    /**
     * The start-up check holds the lock only while it runs: a node restarted within minutes (a deploy, a changed
     * setting) checks again instead of finding the previous start's lock still held. Evaluating twice records
     * nothing twice (one ladder event per rep and week).
     */
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M", lockAtLeastFor = "PT0S")
    void atStartOnce() {
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
