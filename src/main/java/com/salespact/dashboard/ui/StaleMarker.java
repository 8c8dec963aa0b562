package com.salespact.dashboard.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;

/**
 * Says when the screen lost the server (issue 14): the browser asks the server every third of the stale time (the
 * wall's {@code stillThere}, only while Vaadin reports a connection) and counts each answer, and each figure update,
 * as contact. With no contact for the stale time (server down, network silently gone) it shows "Last updated" with
 * the company-time HH:mm of the last contact; the next contact hides it. A restarted server reloads the page.
 */
class StaleMarker extends Span {

    private static final String WATCH = """
            const host = this; const marker = $0; const staleMs = $1 * 1000; const text = $2;
            const pingMs = Math.max(1000, staleMs / 3);
            if (host.__stale) clearInterval(host.__stale);
            let lastContact = Date.now(); let lastPing = 0; let pendingSince = 0;
            host.__contact = label => {
              lastContact = Date.now();
              host.setAttribute('data-fresh-at', label);
              marker.hidden = true;
            };
            host.__contact($3);
            const connected = () => !(window.Vaadin && window.Vaadin.connectionState)
                || window.Vaadin.connectionState.state === 'connected';
            host.__stale = setInterval(() => {
              const now = Date.now();
              if (connected() && now - lastPing >= pingMs && (!pendingSince || now - pendingSince > staleMs)) {
                lastPing = now; pendingSince = now;
                host.$server.stillThere().then(label => { pendingSince = 0; if (label) host.__contact(label); },
                    () => { pendingSince = 0; });
              }
              if (now - lastContact > staleMs && marker.hidden) {
                marker.textContent = text.replace('{0}', host.getAttribute('data-fresh-at'));
                marker.hidden = false;
              }
            }, 1000);""";
    private static final String CONTACT = "this.__contact && this.__contact($0)";

    private final int staleSeconds;

    StaleMarker(int staleSeconds) {
        this.staleSeconds = Math.max(1, staleSeconds);
        addClassName("wall-stale");
        setId("wall-stale");
        getElement().setAttribute("hidden", true);
        getElement().setAttribute("aria-live", "polite");
    }

    /** Starts the browser's watch on {@code host}, the wall, which answers {@code stillThere}. */
    void watch(Element host, String contactTime) {
        host.executeJs(WATCH, getElement(), staleSeconds, getTranslation("wall.stale", "{0}"), contactTime);
    }

    /** Counts as contact: figures just arrived. */
    void contact(Element host, String contactTime) {
        host.executeJs(CONTACT, contactTime);
    }
}
