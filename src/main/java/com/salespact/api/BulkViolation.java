package com.salespact.api;

import com.salespact.base.RuleViolation;

/** A rule broken by one line of a bulk request; nothing of the request was saved. */
class BulkViolation extends RuntimeException {

    private final int line;
    private final RuleViolation rule;

    BulkViolation(int line, RuleViolation rule) {
        super(rule.getMessage(), rule);
        this.line = line;
        this.rule = rule;
    }

    int line() {
        return line;
    }

    RuleViolation rule() {
        return rule;
    }
}
