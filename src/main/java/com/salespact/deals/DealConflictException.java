package com.salespact.deals;

import com.salespact.base.ConcurrentEditException;

/** The deal was saved by someone else since it was opened; carries their version so the user can compare. */
public class DealConflictException extends ConcurrentEditException {

    private final transient DealDetails current;

    public DealConflictException(DealDetails current) {
        super("Someone else saved this deal while you were editing it.");
        this.current = current;
    }

    public DealDetails current() {
        return current;
    }
}
