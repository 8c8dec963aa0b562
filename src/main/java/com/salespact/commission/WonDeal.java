package com.salespact.commission;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A won deal as a statement needs it: read by one SQL statement, never as an entity. */
public record WonDeal(long dealId, String name, String accountName, LocalDate wonOn, BigDecimal amount,
                      BigDecimal grossProfit) {
}
