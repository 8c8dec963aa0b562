package com.salespact.base.merge;

import com.salespact.base.ConcurrentEditException;
import java.util.List;

/**
 * Someone else saved the same fields differently since the form was opened; nothing was saved. Carries the fields in
 * conflict so the user can choose per field, and the current version to save the choice against.
 */
public class EditConflictException extends ConcurrentEditException {

    private final transient List<FieldConflict> conflicts;
    private final long currentVersion;

    public EditConflictException(String message, List<FieldConflict> conflicts, long currentVersion) {
        super(message);
        this.conflicts = List.copyOf(conflicts);
        this.currentVersion = currentVersion;
    }

    public List<FieldConflict> conflicts() {
        return conflicts;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
