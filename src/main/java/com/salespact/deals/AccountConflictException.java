package com.salespact.deals;

import com.salespact.base.merge.EditConflictException;
import com.salespact.base.merge.FieldConflict;
import java.util.List;

/**
 * Somebody saved the same fields of this account (or of its plan) differently since the editor opened it; nothing was
 * saved. Carries the current account so the user can choose per field and save against its version.
 */
public class AccountConflictException extends EditConflictException {

    private final transient AccountDetails current;

    public AccountConflictException(String message, AccountDetails current, List<FieldConflict> conflicts,
                                    long currentVersion) {
        super(message, conflicts, currentVersion);
        this.current = current;
    }

    public AccountDetails current() {
        return current;
    }
}
