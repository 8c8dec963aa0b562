package com.salespact.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps what a user typed into a form on their device (localStorage, keyed by user and record) until the server
 * confirms the save, so a session that ended, a restarted server or a lost node loses nothing typed. Capture has to
 * happen in the browser, because when it matters the server is gone: typed fields are watched by a small script
 * (each field's element carries its key in {@code data-draft-key}); choices (selects) are written by the server when
 * the user changes them. Opening the form for a record whose stored draft differs from what the form shows offers
 * "Restore your unsaved changes to … from 10:42?"; restoring sets the fields, so the Binder validates them, and saves
 * nothing. See docs/decisions/013-unsaved-work-lives-in-the-browser.md.
 */
public final class UnsavedWork {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Component host;
    private final Map<String, Slot<?>> slots = new LinkedHashMap<>();
    private String storageKey;
    private String label;
    private ConfirmDialog offer;

    /** @param host the form; its element runs the scripts, so they wait until it is attached */
    public UnsavedWork(Component host) {
        this.host = host;
        host.getElement().setAttribute("data-draft-form", true);
        ComponentUtil.setData(host, UnsavedWork.class, this);
    }

    /** The work kept for a form, e.g. for a test that plays the browser's part with {@link #offer(String)}. */
    public static Optional<UnsavedWork> of(Component form) {
        return Optional.ofNullable(ComponentUtil.getData(form, UnsavedWork.class));
    }

    /** A field the user types into: its text is captured in the browser on every keystroke. */
    public <V, F extends Component & HasValue<?, V>> UnsavedWork typed(String key, F field, Function<String, V> parse) {
        field.getElement().setAttribute("data-draft-key", key);
        slots.put(key, new Slot<>(field, parse, null));
        return this;
    }

    /** A text field: the typed text is the value. */
    public <F extends Component & HasValue<?, String>> UnsavedWork text(String key, F field) {
        return typed(key, field, Function.identity());
    }

    /**
     * A field the user picks from (select, radio buttons): the browser only knows an internal key for the choice, so
     * the server writes the choice's stable name when the user changes it.
     */
    public <V, F extends Component & HasValue<?, V>> UnsavedWork chosen(String key, F field, Function<V, String> write,
            Function<String, V> read) {
        Slot<V> slot = new Slot<>(field, read, write);
        slots.put(key, slot);
        field.addValueChangeListener(event -> {
            if (event.isFromClient() && storageKey != null) {
                run("window.salespactWork.put($0, $1, $2, $3)", storageKey, label, key, slot.asText(event.getValue()));
            }
        });
        return this;
    }

    /** Parses what a number field's browser value holds ("40142.50"); unreadable text restores nothing. */
    public static BigDecimal decimal(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.strip().replace(" ", ""));
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }

    /**
     * Starts keeping the form's typed work for one record (e.g. {@code deal.12}, {@code deal.new}), labelled as the
     * user knows it ("Acme renewal"), and asks the browser whether it holds unsaved work for it. Call it after the
     * form shows the record's current values.
     */
    public void open(String record, String recordLabel) {
        this.storageKey = keyFor(record);
        this.label = recordLabel;
        closeOffer();
        String watchedKey = storageKey;
        run("window.salespactWork.watch(this, $0, $1); return window.salespactWork.read($0, $2);", storageKey, label,
                pageLanguage())
                .then(String.class, stored -> {
                    if (watchedKey.equals(storageKey)) {
                        offer(stored);
                    }
                });
    }

    /** The server has the record: nothing is unsaved any more. */
    public void saved() {
        forget();
    }

    /** The user chose to throw their changes away. */
    public void discard() {
        forget();
    }

    /** The key this form's work is stored under in the browser, e.g. {@code salespact.draft.rep.deal.12}. */
    public Optional<String> storageKey() {
        return Optional.ofNullable(storageKey);
    }

    /**
     * What the browser holds for the open record (JSON: fields by key, savedAt, when, label), or null. Offers to restore
     * it when a stored field differs from what the form shows; a draft equal to the form is cleared quietly.
     */
    public void offer(String stored) {
        Optional<Draft> draft = Draft.parse(stored);
        if (draft.isEmpty()) {
            return;
        }
        Map<String, String> differing = new LinkedHashMap<>();
        draft.get().fields().forEach((key, text) -> {
            Slot<?> slot = slots.get(key);
            if (slot != null && slot.differs(text)) {
                differing.put(key, text);
            }
        });
        if (differing.isEmpty()) {
            forget();
            return;
        }
        closeOffer();
        offer = new ConfirmDialog();
        offer.setId("unsaved-work-offer");
        offer.setHeader(host.getTranslation("unsaved.offer.title"));
        offer.setText(host.getTranslation("unsaved.offer.text", label, draft.get().when()));
        offer.setConfirmText(host.getTranslation("unsaved.offer.restore"));
        offer.addConfirmListener(event -> restore(differing));
        offer.setRejectable(true);
        offer.setRejectText(host.getTranslation("unsaved.offer.discard"));
        offer.addRejectListener(event -> discard());
        offer.setCloseOnEsc(false);
        offer.open();
    }

    private void restore(Map<String, String> values) {
        // Set one by one, as if typed: the Binder validates each and the form counts them as changes; nothing is saved.
        values.forEach((key, text) -> slots.get(key).restore(text));
        offer = null;
    }

    private void forget() {
        closeOffer();
        if (storageKey != null) {
            run("window.salespactWork.clear($0)", storageKey);
        }
    }

    private void closeOffer() {
        if (offer != null) {
            offer.close();
            offer = null;
        }
    }

    /**
     * Runs a script with the browser half installed in front of it. Always sent: it is idempotent, and a script queued
     * on a form that never gets attached (a view built and then dropped by the router) never runs, so "already sent
     * once on this UI" does not mean the page has it.
     */
    /** The page's language tag ("de-DE"), for the times the browser writes. */
    private String pageLanguage() {
        com.vaadin.flow.component.UI ui = host.getUI().orElse(com.vaadin.flow.component.UI.getCurrent());
        return ui == null ? "en-GB" : ui.getLocale().toLanguageTag();
    }

    private com.vaadin.flow.component.page.PendingJavaScriptResult run(String script, Object... parameters) {
        return host.getElement().executeJs(DeviceDrafts.SCRIPT + script, parameters);
    }

    /** {@code salespact.draft.<username>.<record>}: one user's drafts never show for another on a shared tablet. */
    static String keyFor(String record) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String user = authentication == null ? "anonymous" : authentication.getName();
        return DeviceDrafts.PREFIX + user + "." + record;
    }

    private static final class Slot<V> {
        private final HasValue<?, V> field;
        private final Function<String, V> read;
        private final Function<V, String> write;

        Slot(HasValue<?, V> field, Function<String, V> read, Function<V, String> write) {
            this.field = field;
            this.read = read;
            this.write = write;
        }

        String asText(V value) {
            return value == null ? "" : write.apply(value);
        }

        boolean differs(String text) {
            V stored = parse(text);
            V shown = field.getValue();
            if (stored instanceof BigDecimal a && shown instanceof BigDecimal b) {
                return a.compareTo(b) != 0;
            }
            return !Objects.equals(blankAsNull(stored), blankAsNull(shown));
        }

        void restore(String text) {
            V value = parse(text);
            field.setValue(value == null ? field.getEmptyValue() : value);
        }

        private V parse(String text) {
            if (text == null || text.isEmpty()) {
                return null;
            }
            try {
                return read.apply(text);
            } catch (RuntimeException unreadable) {
                return null;
            }
        }

        private static Object blankAsNull(Object value) {
            return value instanceof String s && s.isEmpty() ? null : value;
        }
    }

    /** What the browser stored: field texts by key, and when ("10:42", or "3 Dec, 10:42" on another day). */
    record Draft(Map<String, String> fields, String when) {

        static Optional<Draft> parse(String stored) {
            if (stored == null || stored.isBlank()) {
                return Optional.empty();
            }
            try {
                JsonNode root = JSON.readTree(stored);
                Map<String, String> fields = new LinkedHashMap<>();
                JsonNode values = root.path("fields");
                values.propertyNames().forEach(name -> fields.put(name, values.get(name).asString("")));
                return fields.isEmpty() ? Optional.empty() : Optional.of(new Draft(fields, root.path("when").asString("")));
            } catch (JacksonException broken) {
                return Optional.empty();
            }
        }
    }
}
