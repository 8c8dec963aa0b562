package com.salespact.base.merge;

import java.util.List;
import java.util.Set;

/**
 * The outcome of putting one person's edits onto the current version: the merged draft, which fields each side
 * changed, and the fields both changed differently (which keep their value until {@link #resolve} chooses).
 */
public record Merge<D>(DraftFields<D> fields, D merged, Set<String> mine, Set<String> theirs,
                       List<FieldConflict> conflicts) {

    public boolean clean() {
        return conflicts.isEmpty();
    }

    /** The merged draft with my value for each conflicting field named in {@code keepMine}, theirs for the rest. */
    public D resolve(Set<String> keepMine) {
        D resolved = fields.copy(merged);
        conflicts.stream().filter(conflict -> keepMine.contains(conflict.field()))
                .forEach(conflict -> fields.set(resolved, conflict.field(), conflict.mine()));
        return resolved;
    }
}
