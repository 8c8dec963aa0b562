package com.salespact.pact;

/** How flexible the agreed goals are. */
public enum GoalFlexibility {
    FIXED, REVIEWED_QUARTERLY, ADJUSTED_ON_TERRITORY_CHANGE
}
