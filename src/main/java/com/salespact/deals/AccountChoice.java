package com.salespact.deals;

/** An account as a picker shows it. */
public record AccountChoice(long id, String name, long ownerId) {
}
