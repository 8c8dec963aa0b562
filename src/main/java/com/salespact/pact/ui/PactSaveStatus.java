package com.salespact.pact.ui;

import com.salespact.base.ui.UserFormats;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;

/**
 * "All changes saved at …", "Saving…" or "Not saved" for the step on screen. The state is also in attributes
 * (data-state, data-version, data-editable): browser tests wait for them, and the browser asks before a reload or
 * closing the tab while the change is not confirmed saved.
 */
class PactSaveStatus extends Span {


    /**
     * A round trip still in flight may be carrying the last keys, so the browser asks while one is busy too. One
     * listener per page, doing nothing where no editable wizard is shown.
     */
    private static final String UNSAVED_GUARD = """
            if (!window.salespactUnsavedGuard) {
              window.salespactUnsavedGuard = true;
              window.addEventListener('beforeunload', event => {
                const status = document.querySelector('#pact-save-status[data-editable]');
                if (!status) {
                  return;
                }
                const flow = window.Vaadin && window.Vaadin.Flow;
                const busy = flow && flow.clients
                    && Object.values(flow.clients).some(client => client.isActive && client.isActive());
                if (busy || status.getAttribute('data-state') !== 'saved') {
                  event.preventDefault();
                  event.returnValue = '';
                }
              });
            }""";

    private final ZoneId zone;

    PactSaveStatus(ZoneId zone) {
        this.zone = zone;
        setId("pact-save-status");
        addClassName("pact-save-status");
        addAttachListener(attach -> attach.getUI().getPage().executeJs(UNSAVED_GUARD));
    }

    /** A version as loaded: saved, with the time only where it can be edited. */
    void loaded(long version, boolean editable, Instant updatedAt) {
        setText(editable ? savedAt(updatedAt) : "");
        getElement().setAttribute("data-version", String.valueOf(version));
        getElement().setAttribute("data-state", "saved");
        getElement().setAttribute("data-editable", editable);
    }

    void unsaved() {
        setText(getTranslation("pact.saving"));
        getElement().setAttribute("data-state", "unsaved");
    }

    void saved(long version, Instant at) {
        setText(savedAt(at));
        getElement().setAttribute("data-version", String.valueOf(version));
        getElement().setAttribute("data-state", "saved");
    }

    void failed() {
        setText(getTranslation("pact.not-saved"));
        getElement().setAttribute("data-state", "failed");
    }

    private String savedAt(Instant at) {
        return getTranslation("pact.saved-at", UserFormats.current().timeWithSeconds(at.atZone(zone)));
    }
}
