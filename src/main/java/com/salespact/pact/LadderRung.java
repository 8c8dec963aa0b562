package com.salespact.pact;

/** One rung of the consequence ladder: when the trigger is reached, this is what was agreed happens. */
public record LadderRung(LadderTrigger trigger, String consequence) {
}
