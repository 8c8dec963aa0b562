package com.salespact.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Everything the demo company consists of, computed in memory before a single row is written. Rows refer to each
 * other by natural keys (username, team name, external id); {@link DemoDataWriter} turns those into generated ids.
 * Password hashes (BCrypt, slow on purpose) are computed in the background while the rest is written.
 */
record DemoPlan(
        List<Team> teams,
        List<Person> people,
        Map<String, CompletableFuture<String>> passwordHashes,
        List<Target> targets,
        List<Account> accounts,
        List<AccountPlan> accountPlans,
        List<Deal> deals,
        List<Activity> activities,
        List<CommissionPlan> commissionPlans) {

    record Team(String name, String managerUsername) {
    }

    record Person(String username, String fullName, String email, String role, String repStyle, String team,
            LocalDate hiredOn) {
    }

    /** A rep's annual target with its twelve fiscal-month weights and the revision that created it. */
    record Target(String username, int fiscalYear, BigDecimal revenue, BigDecimal minGrossProfit,
            List<BigDecimal> monthWeights, String changedBy, OffsetDateTime changedAt) {
    }

    record Account(String externalId, String name, String ownerUsername, String accountClass, String businessType,
            String industry, String city, OffsetDateTime createdAt) {
    }

    record AccountPlan(String accountExternalId, String objectives, String keyContacts, String nextSteps,
            LocalDate reviewDate) {
    }

    record Deal(String externalId, String name, String accountExternalId, String ownerUsername, long amount,
            long grossProfit, String stage, String forecastCategory, LocalDate expectedCloseDate, LocalDate closedOn,
            String nextStep, String lostReason, OffsetDateTime stageEnteredAt, OffsetDateTime createdAt,
            List<StageChange> history) {

        Deal withExternalId(String id) {
            return new Deal(id, name, accountExternalId, ownerUsername, amount, grossProfit, stage, forecastCategory,
                    expectedCloseDate, closedOn, nextStep, lostReason, stageEnteredAt, createdAt, history);
        }
    }

    /** One step of a deal's stage history; the deal owner made the change. */
    record StageChange(String fromStage, String toStage, OffsetDateTime changedAt) {
    }

    record Activity(String repUsername, String kind, LocalDate date, String accountExternalId, String note,
            OffsetDateTime createdAt) {
    }

    record CommissionPlan(String repUsername, int fiscalYear, BigDecimal revenueRate, BigDecimal gpRateAboveMin,
            BigDecimal acceleratorThreshold, BigDecimal acceleratorMultiplier) {
    }
}
