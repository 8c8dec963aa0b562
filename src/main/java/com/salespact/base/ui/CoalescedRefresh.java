package com.salespact.base.ui;

import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One screen's pending re-read. {@link #offer()} is called on LiveUpdates' virtual threads for each relevant change;
 * the first change after a quiet spell refreshes at once, later ones within {@link #MIN_GAP} or during a refresh are
 * folded into one more refresh. No change is lost: the flag is cleared before the refresh reads, so a change
 * committed while it reads schedules the next one.
 */
public final class CoalescedRefresh {

    /** The shortest gap between two re-reads of one screen (live budget: a change shows within a second). */
    public static final Duration MIN_GAP = Duration.ofMillis(500);

    private final UI ui;
    private final Runnable refresh;
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile long lastRun = System.nanoTime() - MIN_GAP.toNanos();

    public CoalescedRefresh(UI ui, Runnable refresh) {
        this.ui = ui;
        this.refresh = refresh;
    }

    public void offer() {
        if (!pending.compareAndSet(false, true)) {
            return; // a refresh is already on its way and will read this change too
        }
        long wait = lastRun + MIN_GAP.toNanos() - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait); // a virtual thread: waiting costs no platform thread
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        ui.access(() -> {
            pending.set(false);
            lastRun = System.nanoTime();
            refresh.run();
        });
    }
}
