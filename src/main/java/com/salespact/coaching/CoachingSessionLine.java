package com.salespact.coaching;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A coaching session as the development page lists it. */
public record CoachingSessionLine(long id, LocalDate heldOn, BigDecimal hours, String topic, long managerId,
                                  String managerName) {
}
