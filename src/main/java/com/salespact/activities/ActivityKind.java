package com.salespact.activities;

/** What a rep did; counts feed the minimum standards. */
public enum ActivityKind {
    CALL, MEETING, PROSPECTING, PROPOSAL
}
