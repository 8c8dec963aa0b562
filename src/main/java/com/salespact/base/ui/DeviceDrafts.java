package com.salespact.base.ui;

/**
 * The browser half of {@link UnsavedWork}: {@code window.salespactWork}, installed once per page by the first script
 * that needs it. Drafts are JSON in localStorage: {@code {fields: {key: text}, savedAt, label, path}}. A field is
 * written on its own {@code input} and {@code change} events, which the browser fires whether or not the server
 * answers; the field's element remembers which record it belongs to, so a form reused for another record writes there.
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
              const when = savedAt => {
                const at = new Date(savedAt);
                const time = at.toLocaleTimeString('en-GB', {hour: '2-digit', minute: '2-digit'});
                return at.toDateString() === new Date().toDateString() ? time
                    : at.toLocaleDateString('en-GB', {day: 'numeric', month: 'short'}) + ', ' + time;
              };
              return {
                watch(key, label, fields) {
                  fields.filter(el => el).forEach(el => {
                    el.__draftKey = key;
                    el.__draftLabel = label;
                    if (el.__draftWatched) { return; }
                    el.__draftWatched = true;
                    const write = () => store(el.__draftKey, el.__draftLabel, el.getAttribute('data-draft-key'),
                        el.value == null ? '' : String(el.value));
                    el.addEventListener('input', write);
                    el.addEventListener('change', write);
                  });
                },
                put(key, label, field, text) { store(key, label, field, text); },
                read(key) {
                  const draft = load(key);
                  if (!draft || !draft.fields) { return null; }
                  draft.when = when(draft.savedAt);
                  return JSON.stringify(draft);
                },
                clear(key) { localStorage.removeItem(key); },
                list(prefix) {
                  const found = [];
                  for (let i = 0; i < localStorage.length; i++) {
                    const key = localStorage.key(i);
                    const draft = key && key.startsWith(prefix) ? load(key) : null;
                    if (draft && draft.fields) { found.push({key, label: draft.label, path: draft.path, when: when(draft.savedAt)}); }
                  }
                  return JSON.stringify(found);
                }
              };
            })();
            """;

    private DeviceDrafts() {
    }
}
