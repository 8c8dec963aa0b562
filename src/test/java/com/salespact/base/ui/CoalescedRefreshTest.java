package com.salespact.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Live screens fold a burst of changes into one re-read and lose none. The test thread holds the Vaadin session (as
 * Karibu does), so {@code ui.access} queues and {@link MockVaadin#runUIQueue} plays the part of the next push.
 */
class CoalescedRefreshTest extends KaribuTest {

    @Test
    void aBurstOfChangesBecomesOneRefresh() throws Exception {
        AtomicInteger refreshes = new AtomicInteger();
        CoalescedRefresh refresh = new CoalescedRefresh(UI.getCurrent(), refreshes::incrementAndGet);

        try (ExecutorService deliveries = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 50; i++) {
                deliveries.submit(refresh::offer);
            }
        }
        MockVaadin.runUIQueue(false);

        assertThat(refreshes).hasValue(1);
    }

    @Test
    void aChangeCommittedWhileTheScreenReadsGetsItsOwnRefresh() throws Exception {
        AtomicInteger refreshes = new AtomicInteger();
        CoalescedRefresh[] refresh = new CoalescedRefresh[1];
        Thread[] lateChange = new Thread[1];
        refresh[0] = new CoalescedRefresh(UI.getCurrent(), () -> {
            if (refreshes.incrementAndGet() == 1) {
                // Another rep saves while this screen is reading: delivered on its own thread, as LiveUpdates does.
                lateChange[0] = Thread.ofVirtual().start(refresh[0]::offer);
            }
        });

        Thread first = Thread.ofVirtual().start(refresh[0]::offer);
        first.join();
        MockVaadin.runUIQueue(false);
        lateChange[0].join(); // waits out the minimum gap, then queues the second refresh
        MockVaadin.runUIQueue(false);

        assertThat(refreshes).hasValue(2);
    }
}
