package com.salespact.base.ui;

import com.salespact.base.LiveUpdates;
import com.salespact.base.TeamEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Keeps a view live: while it is attached it listens to its team's changes and updates itself inside
 * {@code ui.access}, so the numbers move without a reload (@Push). Detaching stops it; nothing is left behind.
 * <p>
 * Which events matter is decided before the UI is locked ({@code relevant}), so a busy team costs screens that do
 * not care nothing. Screens that re-read figures use {@link #coalesced}: a burst of changes becomes one re-read.
 */
public final class LiveRefresh {

    private LiveRefresh() {
    }

    /** Runs {@code onChange} for every relevant event of the team, in order of arrival. */
    public static void bind(Component view, LiveUpdates live, Supplier<Long> teamId, Predicate<TeamEvent> relevant,
                            Consumer<TeamEvent> onChange) {
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            LiveUpdates.Subscription subscription = live.subscribe(teamId.get(), relevant,
                    event -> ui.access(() -> onChange.accept(event)));
            view.addDetachListener(detach -> {
                subscription.cancel();
                detach.unregisterListener();
            });
        });
    }

    /** Runs {@code refresh} after relevant events, bursts folded into one re-read (see {@link CoalescedRefresh}). */
    public static void coalesced(Component view, LiveUpdates live, Supplier<Long> teamId,
                                 Predicate<TeamEvent> relevant, Runnable refresh) {
        view.addAttachListener(attach -> {
            CoalescedRefresh coalescer = new CoalescedRefresh(attach.getUI(), refresh);
            LiveUpdates.Subscription subscription = live.subscribe(teamId.get(), relevant, event -> coalescer.offer());
            view.addDetachListener(detach -> {
                subscription.cancel();
                detach.unregisterListener();
            });
        });
    }
}
