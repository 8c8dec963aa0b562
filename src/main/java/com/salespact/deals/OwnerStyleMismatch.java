package com.salespact.deals;

import com.salespact.base.RuleViolation;

/**
 * A warning, not a hard rule: the chosen owner's style does not fit the account (hunters own new business,
 * farmers existing customers). Repeat the reassignment with {@code force} to go ahead anyway.
 */
public class OwnerStyleMismatch extends RuleViolation {

    public OwnerStyleMismatch(String message) {
        super("ownerId", message);
    }
}
