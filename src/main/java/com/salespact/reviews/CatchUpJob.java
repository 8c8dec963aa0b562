package com.salespact.reviews;

import com.salespact.security.SystemPrincipal;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every working morning (and once at start-up, unless switched off) drafts a catch-up plan for each rep who fell
 * behind and has none open. Idempotent: an open plan is never drafted twice (the database holds one open plan per rep).
 * Once per cluster: both the morning run and the start-up run take the lock {@value #LOCK}, so with several nodes one
 * checks and the others skip.
 */
@Component
class CatchUpJob {

    private static final Logger LOG = LoggerFactory.getLogger(CatchUpJob.class);

    static final String LOCK = "catch-up-check";

    private final CatchUpService catchUps;
    private final CatchUpRows rows;
    private final ObjectProvider<CatchUpJob> self;
    private final boolean onStart;

    CatchUpJob(CatchUpService catchUps, CatchUpRows rows, ObjectProvider<CatchUpJob> self,
               @org.springframework.beans.factory.annotation.Value("${salespact.catch-up.check-on-start:true}")
               boolean onStart) {
        this.catchUps = catchUps;
        this.rows = rows;
        this.self = self;
        this.onStart = onStart;
    }

    /** In the background: a restart must not wait for every rep's pace to be checked. */
    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        if (onStart) {
            // Through the proxy, so the start-up check takes the same cluster lock as the morning one.
            Thread.ofVirtual().name("catch-up-check").start(() -> self.getObject().atStartOnce());
        }
    }

    /**
     * At most 30 minutes: a check of every rep takes seconds, and a node that dies mid-check blocks the next one no
     * longer. At least 5 minutes: a node whose clock is a few minutes behind finds the lock still held, not free.
     */
    @Scheduled(cron = "${salespact.catch-up.cron:0 15 7 * * MON-FRI}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    void scheduled() {
        run();
    }

    /**
     * The start-up check holds the lock only while it runs, so a node restarted within minutes checks again; a rep
     * has at most one open plan (unique in the database), so checking twice drafts nothing twice.
     */
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M", lockAtLeastFor = "PT0S")
    void atStartOnce() {
        run();
    }

    /** @return how many plans were drafted or found open */
    int run() {
        List<Long> reps = rows.activeRepIds();
        int open = 0;
        for (long repId : reps) {
            try {
                open += SystemPrincipal.call(() -> catchUps.draftIfBehind(repId)).isPresent() ? 1 : 0;
            } catch (RuntimeException failed) {
                LOG.warn("Catch-up check failed for rep {}", repId, failed);
            }
        }
        LOG.info("Catch-up check: {} reps with an open plan", open);
        return open;
    }
}
