package com.salespact.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.component.UI;

/**
 * What the connection bar says while the server cannot be reached (Vaadin sends these texts to its
 * {@code vaadin-connection-indicator}: {@code reconnectingText} and, after the last attempt, {@code offlineText}).
 * salespact.css keeps the bar open at full height, so it reads as a sentence instead of a thin striped line. When the
 * connection comes back to a server that no longer knows the session, Vaadin reloads the page, which leads to the
 * login page and back, where {@link UnsavedWork} offers what was typed meanwhile.
 */
public final class LostConnection {

    private LostConnection() {
    }

    public static void explain(Component shell) {
        UI ui = shell.getUI().orElseGet(UI::getCurrent);
        ReconnectDialogConfiguration texts = ui.getReconnectDialogConfiguration();
        texts.setDialogText(shell.getTranslation("connection.reconnecting"));
        texts.setDialogTextGaveUp(shell.getTranslation("connection.lost"));
    }
}
