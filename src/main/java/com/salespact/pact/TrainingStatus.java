package com.salespact.pact;

/** Progress of one training item: as the pact's step 5 records it, and as the rep's coaching plan tracks it. */
public enum TrainingStatus {
    PLANNED, IN_PROGRESS, DONE
}
