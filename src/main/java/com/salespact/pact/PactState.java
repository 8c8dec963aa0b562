package com.salespact.pact;

/** Where a rep's pact stands, as the pact list shows it. */
public enum PactState {
    NONE, DRAFT, PROPOSED, AWAITING_COUNTERSIGNATURE, SIGNED, DUE_FOR_RENEWAL
}
