package com.salespact.reviews;

import com.salespact.security.SystemPrincipal;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every working morning (and once at start-up, unless switched off) drafts a catch-up plan for each rep who fell
 * behind and has none open. Idempotent: an open plan is never drafted twice.
 */
@Component
class CatchUpJob {

    private static final Logger LOG = LoggerFactory.getLogger(CatchUpJob.class);

    private final CatchUpService catchUps;
    private final CatchUpRows rows;
    private final boolean onStart;

    CatchUpJob(CatchUpService catchUps, CatchUpRows rows,
               @org.springframework.beans.factory.annotation.Value("${salespact.catch-up.check-on-start:true}")
               boolean onStart) {
        this.catchUps = catchUps;
        this.rows = rows;
        this.onStart = onStart;
    }

    /** In the background: a restart must not wait for every rep's pace to be checked. */
    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        if (onStart) {
            Thread.ofVirtual().name("catch-up-check").start(this::run);
        }
    }

    @Scheduled(cron = "${salespact.catch-up.cron:0 15 7 * * MON-FRI}")
    void scheduled() {
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
