package com.salespact.deals;

import java.math.BigDecimal;

/**
 * An account as lists show it, with its owner's name and two figures summed in the database: the open pipeline
 * (amount of deals not yet won or lost) and revenue won in the current fiscal year.
 */
public record AccountRow(long id, String name, String externalId, long ownerId, String ownerName,
                         AccountClass accountClass, BusinessType businessType, String industry, String city,
                         BigDecimal openPipeline, BigDecimal wonThisYear) {
}
