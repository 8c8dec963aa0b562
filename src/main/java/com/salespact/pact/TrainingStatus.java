package com.salespact.pact;

public enum TrainingStatus {
    PLANNED, IN_PROGRESS, DONE
}
