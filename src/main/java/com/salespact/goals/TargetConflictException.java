package com.salespact.goals;

import com.salespact.base.merge.EditConflictException;
import com.salespact.base.merge.FieldConflict;
import java.util.List;

/**
 * Somebody else saved the same figures of this target differently since the editor loaded it; nothing was saved.
 * Carries their figures so the editor can merge the user's choice onto them.
 */
public class TargetConflictException extends EditConflictException {

    private final transient TargetFigures current;

    public TargetConflictException(TargetFigures current, List<FieldConflict> conflicts, long currentVersion) {
        super("The target was changed by somebody else", conflicts, currentVersion);
        this.current = current;
    }

    public TargetFigures current() {
        return current;
    }
}
