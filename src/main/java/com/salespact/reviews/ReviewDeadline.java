package com.salespact.reviews;

import java.time.LocalDate;

/** An upcoming review as a wall screen may show it: the day, the kind and the rep's name, nothing else. */
public record ReviewDeadline(LocalDate date, ReviewKind kind, String repName) {
}
