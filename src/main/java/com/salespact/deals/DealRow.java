package com.salespact.deals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/** A deal as lists and cards show it: read in one query with its account and owner names. */
public record DealRow(long id, String name, long accountId, String accountName, long ownerId, String ownerName,
                      BigDecimal amount, BigDecimal grossProfit, Stage stage, ForecastCategory forecastCategory,
                      LocalDate expectedCloseDate, Instant stageEnteredAt, String nextStep, String externalId,
                      long version) {

    /** Whole days the deal has sat in its current stage. */
    public long stageAgeDays(Instant now) {
        return Math.max(0, Duration.between(stageEnteredAt, now).toDays());
    }

    /** Sat in its stage longer than the stage allows ({@link Stage#staleAfterDays()}). */
    public boolean isStale(Instant now) {
        return stageAgeDays(now) > stage.staleAfterDays();
    }

    /** Still open after its expected close date; {@code today} is the company's day. */
    public boolean isOverdue(LocalDate today) {
        return stage.isOpen() && expectedCloseDate.isBefore(today);
    }
}
