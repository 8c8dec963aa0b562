package com.salespact.pact;

/**
 * Published when a pact version is countersigned and comes into force, so features above the pact (the training
 * plan, 1:1 cadence) pick up what was agreed. Delivered in the signing transaction.
 */
public record PactSigned(long repId, long versionId, int number) {
}
