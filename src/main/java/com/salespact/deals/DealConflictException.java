package com.salespact.deals;

import com.salespact.base.Messages;
import com.salespact.base.merge.EditConflictException;
import com.salespact.base.merge.FieldConflict;
import java.util.List;

/**
 * The deal was saved by someone else since it was opened, in the same fields the user changed (or moved on while a
 * one-tap stage move was made); nothing was saved. Carries their version so the user can choose per field.
 */
public class DealConflictException extends EditConflictException {

    private final transient DealDetails current;

    public DealConflictException(DealDetails current, List<FieldConflict> conflicts) {
        super(Messages.text("deals.conflict"), conflicts, current.version());
        this.current = current;
    }

    public DealDetails current() {
        return current;
    }
}
