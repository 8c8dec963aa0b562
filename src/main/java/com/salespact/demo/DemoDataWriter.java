package com.salespact.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a {@link DemoPlan} with plain, portable SQL (H2 2.x and PostgreSQL). Ids come from the identity columns;
 * after each table is written, the new ids are read back by the rows' unique natural keys (team name, username,
 * external id, person + fiscal year), so no explicit ids are inserted and identity sequences stay untouched.
 * Must run inside a transaction.
 */
final class DemoDataWriter {

    private final JdbcTemplate jdbc;
    /** The company's zone: a deal's business "opened on" day is the day of its creation there. */
    private final ZoneId zone;

    DemoDataWriter(JdbcTemplate jdbc, ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    DemoSeedReport write(DemoPlan plan, OffsetDateTime now) {
        Map<String, Long> teamIds = insertTeams(plan.teams(), now);
        Map<String, Long> personIds = insertPeople(plan.people(), teamIds);
        jdbc.batchUpdate("update team set manager_id = ? where id = ?", plan.teams(), plan.teams().size(),
                (ps, team) -> {
                    ps.setLong(1, personIds.get(team.managerUsername()));
                    ps.setLong(2, teamIds.get(team.name()));
                });
        insertTargets(plan.targets(), personIds);
        insertChatExample(plan.teams(), teamIds, now);
        Map<String, Long> accountIds = insertAccounts(plan.accounts(), plan.accountPlans(), personIds);
        int stageChanges = insertDeals(plan.deals(), accountIds, personIds);
        insert("activity", "rep_id, kind, activity_date, account_id, note, created_at", plan.activities(),
                (p, activity) -> p.id(personIds.get(activity.repUsername())).text(activity.kind()).date(activity.date())
                        .id(activity.accountExternalId() == null ? null : accountIds.get(activity.accountExternalId()))
                        .text(activity.note()).timestamp(activity.createdAt()));
        insert("commission_plan", "rep_id, fiscal_year, revenue_rate, gp_rate_above_min, accelerator_threshold, "
                + "accelerator_multiplier", plan.commissionPlans(),
                (p, commission) -> p.id(personIds.get(commission.repUsername())).integer(commission.fiscalYear())
                        .decimal(commission.revenueRate()).decimal(commission.gpRateAboveMin())
                        .decimal(commission.acceleratorThreshold()).decimal(commission.acceleratorMultiplier()));
        // Last, so that the BCrypt hashes have had the rest of the seed to finish in the background.
        insert("user_account", "person_id, password_hash, password_changed_at", plan.people(),
                (p, person) -> p.id(personIds.get(person.username()))
                        .text(plan.passwordHashes().get(person.username()).join()).timestamp(now));
        return DemoSeedReport.of(plan, stageChanges);
    }

    private Map<String, Long> insertTeams(List<DemoPlan.Team> teams, OffsetDateTime now) {
        insert("team", "name, created_at", teams, (p, team) -> p.text(team.name()).timestamp(now));
        return ids("select id, name from team");
    }

    /**
     * An example Slack connection for the first team, switched off (nothing listens at Slack's documentation
     * address), so the team chat page shows what a connection looks like and the demo posts nowhere.
     */
    private void insertChatExample(List<DemoPlan.Team> teams, Map<String, Long> teamIds, OffsetDateTime now) {
        if (teams.isEmpty()) {
            return;
        }
        jdbc.update("insert into chat_connection (team_id, name, type, webhook_url, events, enabled, created_at)"
                + " values (?, ?, 'SLACK', ?, 'DEAL_WON,PACT_SIGNED,WEEKLY_PACE', false, ?)",
                teamIds.get(teams.getFirst().name()), "#" + teams.getFirst().name().toLowerCase(java.util.Locale.ROOT)
                        .replace(' ', '-') + "-wins",
                "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", now);
    }

    private Map<String, Long> insertPeople(List<DemoPlan.Person> people, Map<String, Long> teamIds) {
        insert("person", "full_name, username, email, role, rep_style, team_id, hired_on", people,
                (p, person) -> p.text(person.fullName()).text(person.username()).text(person.email())
                        .text(person.role()).text(person.repStyle())
                        .id(person.team() == null ? null : teamIds.get(person.team())).date(person.hiredOn()));
        return ids("select id, username from person");
    }

    private void insertTargets(List<DemoPlan.Target> targets, Map<String, Long> personIds) {
        insert("target", "person_id, fiscal_year, revenue, min_gross_profit", targets,
                (p, target) -> p.id(personIds.get(target.username())).integer(target.fiscalYear())
                        .decimal(target.revenue()).decimal(target.minGrossProfit()));
        Map<Long, String> usernames = new HashMap<>();
        personIds.forEach((username, id) -> usernames.put(id, username));
        Map<String, Long> targetIds = new HashMap<>();
        jdbc.query("select id, person_id, fiscal_year from target where person_id is not null", rs -> {
            targetIds.put(DemoPeoplePlanner.key(usernames.get(rs.getLong(2)), rs.getInt(3)), rs.getLong(1));
        });

        record Weight(long targetId, int fiscalMonth, BigDecimal weight) {
        }
        List<Weight> weights = new ArrayList<>();
        for (DemoPlan.Target target : targets) {
            long targetId = targetIds.get(DemoPeoplePlanner.key(target.username(), target.fiscalYear()));
            for (int month = 1; month <= 12; month++) {
                weights.add(new Weight(targetId, month, target.monthWeights().get(month - 1)));
            }
        }
        insert("target_month_weight", "target_id, fiscal_month, weight", weights,
                (p, w) -> p.id(w.targetId()).integer(w.fiscalMonth()).decimal(w.weight()));
        insert("target_revision", "target_id, changed_by, changed_at, reason, new_revenue, new_min_gp, weights",
                targets, (p, target) -> p
                        .id(targetIds.get(DemoPeoplePlanner.key(target.username(), target.fiscalYear())))
                        .id(personIds.get(target.changedBy())).timestamp(target.changedAt()).text("Initial target")
                        .decimal(target.revenue()).decimal(target.minGrossProfit())
                        .text(weightsText(target.monthWeights())));
    }

    private Map<String, Long> insertAccounts(List<DemoPlan.Account> accounts, List<DemoPlan.AccountPlan> plans,
            Map<String, Long> personIds) {
        insert("account", "external_id, name, owner_id, account_class, business_type, industry, city, created_at",
                accounts, (p, account) -> p.text(account.externalId()).text(account.name())
                        .id(personIds.get(account.ownerUsername())).text(account.accountClass())
                        .text(account.businessType()).text(account.industry()).text(account.city())
                        .timestamp(account.createdAt()));
        Map<String, Long> accountIds = ids("select id, external_id from account where external_id is not null");
        insert("account_plan", "account_id, objectives, key_contacts, next_steps, review_date", plans,
                (p, plan) -> p.id(accountIds.get(plan.accountExternalId())).text(plan.objectives())
                        .text(plan.keyContacts()).text(plan.nextSteps()).date(plan.reviewDate()));
        return accountIds;
    }

    /** @return the number of stage changes written */
    private int insertDeals(List<DemoPlan.Deal> deals, Map<String, Long> accountIds, Map<String, Long> personIds) {
        insert("deal", "external_id, name, account_id, owner_id, amount, gross_profit, stage, forecast_category, "
                + "expected_close_date, closed_on, next_step, lost_reason, stage_entered_at, created_at, opened_on", deals,
                (p, deal) -> p.text(deal.externalId()).text(deal.name()).id(accountIds.get(deal.accountExternalId()))
                        .id(personIds.get(deal.ownerUsername())).decimal(money(deal.amount()))
                        .decimal(money(deal.grossProfit())).text(deal.stage()).text(deal.forecastCategory())
                        .date(deal.expectedCloseDate()).date(deal.closedOn()).text(deal.nextStep())
                        .text(deal.lostReason()).timestamp(deal.stageEnteredAt()).timestamp(deal.createdAt())
                        .date(deal.createdAt().atZoneSameInstant(zone).toLocalDate()));
        Map<String, Long> dealIds = ids("select id, external_id from deal where external_id is not null");

        record Change(long dealId, long changedBy, DemoPlan.StageChange change) {
        }
        List<Change> changes = new ArrayList<>();
        for (DemoPlan.Deal deal : deals) {
            long dealId = dealIds.get(deal.externalId());
            long ownerId = personIds.get(deal.ownerUsername());
            deal.history().forEach(change -> changes.add(new Change(dealId, ownerId, change)));
        }
        insert("stage_change", "deal_id, from_stage, to_stage, changed_by, changed_at", changes,
                (p, c) -> p.id(c.dealId()).text(c.change().fromStage()).text(c.change().toStage())
                        .id(c.changedBy()).timestamp(c.change().changedAt()));
        return changes.size();
    }

    private <T> void insert(String table, String columns, List<T> rows, MultiRowInsert.Binder<T> binder) {
        MultiRowInsert.insert(jdbc, table, columns, rows, binder);
    }

    /** Reads "select id, key from …" into key → id. */
    private Map<String, Long> ids(String sql) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.query(sql, rs -> {
            ids.put(rs.getString(2), rs.getLong(1));
        });
        return ids;
    }

    /** The revision keeps the twelve weights as "0.8293,0.9268,…" (fiscal month 1 first). */
    private static String weightsText(List<BigDecimal> weights) {
        return String.join(",", weights.stream().map(BigDecimal::toPlainString).toList());
    }

    private static BigDecimal money(long amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.UNNECESSARY);
    }
}
