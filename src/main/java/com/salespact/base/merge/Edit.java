package com.salespact.base.merge;

/**
 * What a form sends on save: the version it started from, the values it started from and the values it has now.
 * The difference between the two drafts is the user's change; only that is put onto the current row. Without a base
 * the whole draft is the change: saved as it is when nobody saved since, else every differing field is a conflict.
 */
public record Edit<D>(long version, D base, D mine) {

    /** The version of a record that does not exist yet (an account plan never written). */
    public static final long NOT_SAVED_YET = -1;

    /** A whole draft, saved only over the version it was made from. */
    public static <D> Edit<D> whole(long version, D draft) {
        return new Edit<>(version, null, draft);
    }
}
