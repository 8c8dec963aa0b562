package com.salespact.reviews;

/** Progress of one training plan item. */
public enum TrainingStatus {
    PLANNED, IN_PROGRESS, DONE
}
