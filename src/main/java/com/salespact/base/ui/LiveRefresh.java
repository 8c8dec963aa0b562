package com.salespact.base.ui;

import com.salespact.base.LiveUpdates;
import com.salespact.base.TeamEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Keeps a view live: while it is attached it listens to its team's changes and runs {@code onChange} inside
 * {@code ui.access}, so the numbers move without a reload (@Push). Detaching stops it; nothing is left behind.
 */
public final class LiveRefresh {

    private LiveRefresh() {
    }

    public static void bind(Component view, LiveUpdates live, Supplier<Long> teamId, Consumer<TeamEvent> onChange) {
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            LiveUpdates.Subscription subscription = live.subscribe(teamId.get(),
                    event -> ui.access(() -> onChange.accept(event)));
            view.addDetachListener(detach -> {
                subscription.cancel();
                detach.unregisterListener();
            });
        });
    }
}
