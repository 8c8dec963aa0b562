package com.salespact.goals;

import com.salespact.base.Messages;
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
        super(Messages.text("targets.rule.changed-by-other"), conflicts, currentVersion);
        this.current = current;
    }

    public TargetFigures current() {
        return current;
    }
}
