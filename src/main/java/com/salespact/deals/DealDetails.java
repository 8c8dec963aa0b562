package com.salespact.deals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
    public List<String> changesSince(DealDetails older) {
        List<String> changes = new ArrayList<>();
        compare(changes, "Name", older.name, name);
        compare(changes, "Account", older.accountName, accountName);
        compare(changes, "Amount", plain(older.amount), plain(amount));
        compare(changes, "Gross profit", plain(older.grossProfit), plain(grossProfit));
        compare(changes, "Stage", older.stage, stage);
        compare(changes, "Forecast", older.forecastCategory, forecastCategory);
        compare(changes, "Expected close", older.expectedCloseDate, expectedCloseDate);
        compare(changes, "Next step", older.nextStep, nextStep);
        compare(changes, "Lost reason", older.lostReason, lostReason);
        return changes;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static void compare(List<String> changes, String label, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(label + ": " + (before == null ? "—" : before) + " → " + (after == null ? "—" : after));
        }
    }
}
