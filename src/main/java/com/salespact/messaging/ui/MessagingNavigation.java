package com.salespact.messaging.ui;

import com.salespact.messaging.MessagingLinks;
import com.vaadin.flow.component.UI;

/** The public way into messaging's pages: the admin's outbox and everybody's notification settings. */
public final class MessagingNavigation {

    public static final String OUTBOX_ROUTE = MessagingLinks.OUTBOX_ROUTE;
    public static final String SETTINGS_ROUTE = MessagingLinks.SETTINGS_ROUTE;

    private MessagingNavigation() {
    }

    public static void toOutbox() {
        UI.getCurrent().navigate(OutboxView.class);
    }

    public static void toSettings() {
        UI.getCurrent().navigate(NotificationSettingsView.class);
    }
}
