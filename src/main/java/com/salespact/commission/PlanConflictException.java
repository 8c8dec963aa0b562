package com.salespact.commission;

import com.salespact.base.Messages;
import com.salespact.base.merge.EditConflictException;
import com.salespact.base.merge.FieldConflict;
import java.util.List;

/**
 * Somebody else saved the same terms of this commission plan differently since the editor loaded it; nothing was
 * saved. Carries their terms so the editor can merge the user's choice onto them.
 */
public class PlanConflictException extends EditConflictException {

    private final transient PlanTermsDraft current;

    public PlanConflictException(PlanTermsDraft current, List<FieldConflict> conflicts, long currentVersion) {
        super(Messages.text("commission.rule.changed-by-other"), conflicts, currentVersion);
        this.current = current;
    }

    public PlanTermsDraft current() {
        return current;
    }
}
