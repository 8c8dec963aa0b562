package com.salespact.base.merge;

import java.util.List;

/**
 * A conflict that carries the current record as a draft of the same kind the form edits, so the form can merge and
 * ask without a conflict type of its own.
 */
public class DraftConflictException extends EditConflictException {

    private final transient Object theirs;

    public <D> DraftConflictException(String message, List<FieldConflict> conflicts, long currentVersion,
                                      DraftFields<D> fields, D theirs) {
        super(message, conflicts, currentVersion);
        this.theirs = fields.copy(theirs);
    }

    /** The current record, as a fresh draft described by {@code fields} (the same the service merged with). */
    @SuppressWarnings("unchecked")
    public <D> D theirs(DraftFields<D> fields) {
        return fields.copy((D) theirs);
    }
}
