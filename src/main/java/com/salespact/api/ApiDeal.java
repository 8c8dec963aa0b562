package com.salespact.api;

import com.salespact.deals.ForecastCategory;
import com.salespact.deals.Stage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A deal as the REST API shows it (decision 024); {@code version} goes back with an update. */
public record ApiDeal(long id, String externalId, long version, String name, long accountId, String accountName,
                      long ownerId, String ownerName, BigDecimal amount, BigDecimal grossProfit, Stage stage,
                      ForecastCategory forecastCategory, LocalDate expectedCloseDate, LocalDate closedOn,
                      String nextStep, String lostReason, OffsetDateTime updatedAt) {
}
