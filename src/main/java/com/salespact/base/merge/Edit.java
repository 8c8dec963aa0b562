package com.salespact.base.merge;

/**
 * What a form sends on save: the version it started from, the values it started from and the values it has now.
 * The difference between the two drafts is the user's change; only that is put onto the current row.
 */
public record Edit<D>(long version, D base, D mine) {
}
