package com.salespact.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.time.Duration;

/**
 * Signs an idle page out on time and says so first. The server ends a session after
 * {@code salespact.session.idle-minutes} without a user request (Vaadin's {@code closeIdleSessions}: heartbeats do not
 * count), but only notices at the next request, and a heartbeat comes every five minutes. So the page counts down
 * itself: every request the user makes (Vaadin's "loading" state) starts the count again, and a key or tap sends a
 * small request at most once a minute, so typing a long text is activity too. Two minutes before the end (half the
 * time when it is shorter) it shows "You will be signed out in 2 minutes — Stay signed in"; at the end it sends one
 * heartbeat, which lets the server close the idle session, and reloads the page, which leads to the login page.
 * Only the shell for signed-in people installs it: wall screens never sign out.
 * <p>
 * The page also remembers (sessionStorage, this tab only) that someone was signed in, so the login page can tell
 * "your session ended" from "you signed out"; signing out clears it first.
 */
public final class IdleSignOut {

    /** sessionStorage key: this tab was signed in and has not signed out. */
    public static final String SIGNED_IN_MARK = "salespact.signed-in";

    private static final Duration WARN_BEFORE = Duration.ofMinutes(2);

    private IdleSignOut() {
    }

    /** Starts the count on this page (idempotent per page: a new call replaces the old count). */
    public static void watch(Component shell) {
        Duration idle = idleTimeout();
        Duration warn = idle.compareTo(WARN_BEFORE.multipliedBy(2)) < 0 ? idle.dividedBy(2) : WARN_BEFORE;
        shell.getElement().addEventListener("salespact-still-here", event -> {
            // The request itself is the point: Vaadin counts it as user activity.
        });
        int uiId = shell.getUI().map(UI::getUIId).orElseGet(() -> UI.getCurrent().getUIId());
        shell.getElement().executeJs(SCRIPT, idle.toMillis(), warn.toMillis(), uiId,
                shell.getTranslation("session.warning.title"), shell.getTranslation("session.warning.text", "{0}"),
                shell.getTranslation("session.warning.stay"), SIGNED_IN_MARK);
    }

    /** Before signing out: the login page that follows is not "your session ended". */
    public static void signingOut(UI ui) {
        ui.getPage().executeJs("sessionStorage.removeItem($0); window.salespactIdle && window.salespactIdle.stop();",
                SIGNED_IN_MARK);
    }

    /** The HTTP session's timeout, which {@code closeIdleSessions} measures from the last user request. */
    static Duration idleTimeout() {
        VaadinSession session = VaadinSession.getCurrent();
        WrappedSession http = session == null ? null : session.getSession();
        int seconds = http == null ? 30 * 60 : http.getMaxInactiveInterval();
        return seconds <= 0 ? Duration.ofDays(365) : Duration.ofSeconds(seconds);
    }

    // $0 idle ms, $1 warn ms, $2 UI id, $3..$5 texts, $6 the signed-in mark; 'this' is the shell element.
    private static final String SCRIPT = """
            const shell = this, idleMs = $0, warnMs = $1, uiId = $2, texts = {title: $3, text: $4, stay: $5};
            sessionStorage.setItem($6, '1');
            if (window.salespactIdle) { window.salespactIdle.stop(); }
            let last = Date.now(), lastPing = Date.now(), box = null, ended = false;
            const state = window.Vaadin && window.Vaadin.connectionState;
            const onState = (previous, current) => { if (current === 'loading') { last = Date.now(); hide(); } };
            const ping = () => { lastPing = Date.now(); shell.dispatchEvent(new CustomEvent('salespact-still-here')); };
            const onUser = () => { if (!ended && Date.now() - lastPing > 60000) { ping(); } };
            const hide = () => { if (box) { box.remove(); box = null; } };
            const show = left => {
              if (!box) {
                box = document.createElement('div');
                box.id = 'idle-warning';
                box.setAttribute('role', 'alertdialog');
                box.className = 'idle-warning';
                const title = document.createElement('strong');
                title.textContent = texts.title;
                const text = document.createElement('p');
                const stay = document.createElement('vaadin-button');
                stay.id = 'stay-signed-in';
                stay.setAttribute('theme', 'primary');
                stay.textContent = texts.stay;
                stay.addEventListener('click', () => { ping(); hide(); });
                box.append(title, text, stay);
                document.body.appendChild(box);
              }
              const minutes = Math.floor(left / 60000), seconds = Math.floor(left / 1000) % 60;
              box.querySelector('p').textContent = texts.text.replace('{0}',
                  minutes > 0 ? minutes + ':' + String(seconds).padStart(2, '0') + ' min' : seconds + ' s');
            };
            const end = () => {
              ended = true;
              // A heartbeat does not count as activity, so the server closes the idle session at its end.
              const heartbeat = new URL('?v-r=heartbeat&v-uiId=' + uiId, document.baseURI);
              fetch(heartbeat, {method: 'POST', credentials: 'same-origin'}).then(() => {
                window.salespactIdle.stop();
                location.reload();
              }, () => {
                // The server is not there: Vaadin's reconnect bar says so; try again in 15 s.
                ended = false;
                last = Date.now() - idleMs + 15000;
              });
            };
            const tick = () => {
              if (ended || !shell.isConnected) { return; }
              const left = idleMs - (Date.now() - last);
              // The server stamps a request a little after the page sent it: end 5 s late, or the session survives.
              if (left <= -5000) { end(); } else if (left <= warnMs) { show(Math.max(left, 0)); }
            };
            const timer = setInterval(tick, 1000);
            state && state.addStateChangeListener(onState);
            ['keydown', 'pointerdown'].forEach(type => document.addEventListener(type, onUser, true));
            window.salespactIdle = {
              stop() {
                clearInterval(timer);
                state && state.removeStateChangeListener(onState);
                ['keydown', 'pointerdown'].forEach(type => document.removeEventListener(type, onUser, true));
                hide();
              }
            };
            """;
}
