package com.salespact.deals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything the deal page shows, read in one transaction. */
public record DealDetails(long id, long version, String name, long accountId, String accountName, long ownerId,
                          String ownerName, BigDecimal amount, BigDecimal grossProfit, Stage stage,
                          ForecastCategory forecastCategory, LocalDate expectedCloseDate, LocalDate closedOn,
                          String nextStep, String lostReason, Instant stageEnteredAt,
                          List<MilestoneItem> milestones, List<StageMove> history) {

    public record MilestoneItem(long id, Stage stage, String label, boolean done) {
    }

    public record StageMove(Stage from, Stage to, String by, Instant at) {
    }

    public DealDetails withVersion(long newVersion) {
        return new DealDetails(id, newVersion, name, accountId, accountName, ownerId, ownerName, amount, grossProfit,
                stage, forecastCategory, expectedCloseDate, closedOn, nextStep, lostReason, stageEnteredAt, milestones,
                history);
    }

    public DealDetails withMilestones(List<MilestoneItem> newMilestones) {
        return new DealDetails(id, version, name, accountId, accountName, ownerId, ownerName, amount, grossProfit,
                stage, forecastCategory, expectedCloseDate, closedOn, nextStep, lostReason, stageEnteredAt,
                newMilestones, history);
    }

    /** Field-by-field differences from an older copy, in words, for the "someone else changed it" message. */
}
