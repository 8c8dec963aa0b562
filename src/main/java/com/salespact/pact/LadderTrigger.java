package com.salespact.pact;

/** What sets off a rung of the consequence ladder, mildest first (the order is the escalation order). */
public enum LadderTrigger {
    MISSED_WEEK, TWO_MISSED_WEEKS, THREE_MISSED_WEEKS, MISSED_MONTH, MISSED_QUARTER
}
