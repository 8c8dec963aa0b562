package com.salespact.base.ui;

/**
 * The browser half of {@link UnsavedWork}: {@code window.salespactWork}, installed once per page by the first script
 * that needs it. Drafts are JSON in localStorage: {@code {fields: {key: text}, savedAt, label, path}}. A field is
 * written on its {@code input} and {@code change} events, which the browser fires whether or not the server answers.
 * The form listens for them as they bubble up from its fields (no field is passed to the script: Flow does not send a
 * script whose element arguments are hidden, as a deal's lost reason is on an open deal, and a field shown later would
 * be missed); the form remembers which record it shows, so a form reused for another record writes there.
 */
final class DeviceDrafts {

    static final String PREFIX = "salespact.draft.";

    static final String SCRIPT = """
            window.salespactWork = window.salespactWork || (() => {
              const load = key => { try { return JSON.parse(localStorage.getItem(key)) || null; } catch (e) { return null; } };
              const store = (key, label, field, text) => {
                const draft = load(key) || {fields: {}};
                draft.fields[field] = text;
                draft.savedAt = Date.now();
                draft.label = label;
                draft.path = location.pathname + location.search;
                try { localStorage.setItem(key, JSON.stringify(draft)); } catch (e) { /* storage full or blocked */ }
              };
              // In the page's language (the server passes it) and the device's time zone.
              const when = (savedAt, language) => {
                const at = new Date(savedAt);
                const time = at.toLocaleTimeString(language, {hour: '2-digit', minute: '2-digit'});
                return at.toDateString() === new Date().toDateString() ? time
                    : at.toLocaleDateString(language, {day: 'numeric', month: 'short'}) + ', ' + time;
              };
              return {
                watch(form, key, label) {
                  form.__draftKey = key;
                  form.__draftLabel = label;
                  if (form.__draftWatched) { return; }
                  form.__draftWatched = true;
                  const write = event => {
                    const field = event.target && event.target.closest ? event.target.closest('[data-draft-key]') : null;
                    if (!field || field.closest('[data-draft-form]') !== form) { return; }
                    store(form.__draftKey, form.__draftLabel, field.getAttribute('data-draft-key'),
                        field.value == null ? '' : String(field.value));
                  };
                  form.addEventListener('input', write);
                  form.addEventListener('change', write);
                },
                put(key, label, field, text) { store(key, label, field, text); },
                read(key, language) {
                  const draft = load(key);
                  if (!draft || !draft.fields) { return null; }
                  draft.when = when(draft.savedAt, language);
                  return JSON.stringify(draft);
                },
                clear(key) { localStorage.removeItem(key); }
              };
            })();
            """;

    private DeviceDrafts() {
    }
}
