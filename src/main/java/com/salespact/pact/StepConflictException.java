package com.salespact.pact;

import com.salespact.base.Messages;
import com.salespact.base.merge.EditConflictException;
import com.salespact.base.merge.FieldConflict;
import java.util.List;

/**
 * Somebody else saved the same fields of this pact step differently since the wizard loaded it; nothing was saved.
 * Carries their step so the wizard can merge the user's choice onto it.
 */
public class StepConflictException extends EditConflictException {

    private final transient StepDraft current;

    public StepConflictException(StepDraft current, List<FieldConflict> conflicts, long currentVersion) {
        super(Messages.text("pact.rule.step-changed-by-other"), conflicts, currentVersion);
        this.current = current;
    }

    public StepDraft current() {
        return current;
    }
}
