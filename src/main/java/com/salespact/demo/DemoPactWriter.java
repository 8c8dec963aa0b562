package com.salespact.demo;

import com.salespact.pact.CommitmentKind;
import com.salespact.pact.ConsequencesStep;
import com.salespact.pact.ExpectationsStep;
import com.salespact.pact.FormulaOverrides;
import com.salespact.pact.GoalFlexibility;
import com.salespact.pact.ManagerCommitment;
import com.salespact.pact.MasLine;
import com.salespact.pact.MasMetric;
import com.salespact.pact.Motivator;
import com.salespact.pact.MotivationsStep;
import com.salespact.pact.PactDocument;
import com.salespact.pact.PactJson;
import com.salespact.pact.PactPeriod;
import com.salespact.pact.Per;
import com.salespact.pact.RoleStep;
import com.salespact.pact.TargetsStep;
import com.salespact.pact.TrainingLine;
import com.salespact.pact.TrainingStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Signed pacts for most demo reps, each covering the current fiscal year (with the company's standard MAS, so the
 * scorecards read as before), a second, changed version for one of them, next year's pact proposed to one rep while
 * this year's runs, one pact out of step with a target raised after signing, one proposal waiting for a signature and
 * one draft; two North reps have none, so a manager can start one.
 */
final class DemoPactWriter {

    /** username → the state the demo shows. */
    private static final Map<String, String> STATES = Map.ofEntries(
            Map.entry("rep", "SIGNED_TWICE"), Map.entry("lkim", "SIGNED_NEXT_PROPOSED"),
            Map.entry("elarsen", "SIGNED_OUT_OF_STEP"),
            Map.entry("fnilsson", "PROPOSED"), Map.entry("mbianchi", "SIGNED"), Map.entry("asouza", "SIGNED"),
            Map.entry("lmoreau", "SIGNED"), Map.entry("cconti", "SIGNED"), Map.entry("dalvarez", "SIGNED"),
            Map.entry("nhaddad", "DRAFT"));

    private static final List<List<Motivator>> MOTIVATORS = List.of(
            List.of(Motivator.CAREER_GROWTH, Motivator.MONEY, Motivator.RECOGNITION),
            List.of(Motivator.MONEY, Motivator.COMPETITION, Motivator.AUTONOMY),
            List.of(Motivator.CUSTOMER_IMPACT, Motivator.TEAM_SUCCESS, Motivator.MASTERY),
            List.of(Motivator.WORK_LIFE_BALANCE, Motivator.SECURITY, Motivator.MONEY));

    private final JdbcTemplate jdbc;
    private final DemoClock time;

    DemoPactWriter(JdbcTemplate jdbc, DemoClock time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    /** @return how many pact versions were written */
    int write() {
        int year = time.calendar().fiscalYearOf(time.today());
        LocalDate yearStart = time.calendar().year(year).start();
        PactPeriod thisYear = PactPeriod.fiscalYear(time.calendar(), year);
        List<Map<String, Object>> reps = jdbc.queryForList("""
                select p.id, p.username, p.rep_style, t.manager_id, tg.id as target_id, tg.revenue, tg.min_gross_profit
                from person p join team t on t.id = p.team_id
                left join target tg on tg.person_id = p.id and tg.fiscal_year = ?
                where p.role = 'REP' order by p.username""", year);
        int versions = 0;
        int index = 0;
        for (Map<String, Object> rep : reps) {
            String state = STATES.get((String) rep.get("username"));
            index++;
            if (state == null) {
                continue;
            }
            long repId = ((Number) rep.get("id")).longValue();
            long managerId = ((Number) rep.get("manager_id")).longValue();
            BigDecimal revenue = (BigDecimal) rep.get("revenue");
            BigDecimal grossProfit = (BigDecimal) rep.get("min_gross_profit");
            PactDocument document = DemoLadders.agreed((String) rep.get("username"),
                    document(revenue, grossProfit, "FARMER".equals(rep.get("rep_style")), index, yearStart, thisYear));
            OffsetDateTime created = time.at(yearStart.plusDays(7 + index), 9 * 60);
            jdbc.update("insert into pact (rep_id, manager_id, created_at) values (?, ?, ?)", repId, managerId,
                    created);
            long pactId = jdbc.queryForObject("select id from pact where rep_id = ?", Long.class, repId);
            Writer writer = new Writer(pactId, repId, managerId, year);
            switch (state) {
                case "SIGNED" -> versions += writer.signed(1, document, created, null);
                case "SIGNED_TWICE" -> {
                    OffsetDateTime replaced = versionTwoSignedAt();
                    versions += writer.signed(1, document, created, replaced.toLocalDate());
                    PactDocument changed = document.with(new TargetsStep(thisYear, revenue, grossProfit,
                            document.targets().masLines(),
                            document.targets().plan() + " From Q3: one referral request after every won deal.",
                            document.targets().alignment()));
                    versions += writer.signed(2, changed, versionTwoProposedAt(), null);
                }
                case "SIGNED_NEXT_PROPOSED" -> {
                    versions += writer.signed(1, document, created, null);
                    PactPeriod nextYear = PactPeriod.fiscalYear(time.calendar(), year + 1);
                    PactDocument next = document.with(new TargetsStep(nextYear, grow(revenue), grow(grossProfit),
                            document.targets().masLines(), document.targets().plan()
                                    + " Next year: two new manufacturing logos a quarter.",
                            document.targets().alignment()));
                    versions += writer.open(2, "PROPOSED", next, time.at(time.today().minusDays(2), 11 * 60));
                }
                case "SIGNED_OUT_OF_STEP" -> {
                    versions += writer.signed(1, document, created, null);
                    raiseTargetOutsidePact(((Number) rep.get("target_id")).longValue(), managerId, revenue,
                            grossProfit);
                }
                case "PROPOSED" -> versions += writer.open(1, "PROPOSED", document, created);
                default -> versions += writer.open(1, "DRAFT", document.with(new MotivationsStep(List.of(), "", "",
                        null, "")), created);
            }
        }
        return versions;
    }

    /** Next year's proposal asks about 8 % more. */
    private static BigDecimal grow(BigDecimal amount) {
        return amount == null ? null : amount.multiply(new BigDecimal("1.08")).setScale(-4, RoundingMode.HALF_UP)
                .setScale(2, RoundingMode.HALF_UP);
    }

    /** After the Q3 review the manager raised the target on the Targets page, not in the pact. */
    private void raiseTargetOutsidePact(long targetId, long managerId, BigDecimal revenue, BigDecimal grossProfit) {
        BigDecimal raised = revenue.add(new BigDecimal("60000.00"));
        jdbc.update("update target set revenue = ?, version = version + 1 where id = ?", raised, targetId);
        jdbc.update("""
                insert into target_revision (target_id, changed_by, changed_at, reason, old_revenue, new_revenue,
                    old_min_gp, new_min_gp, weights)
                values (?, ?, ?, ?, ?, ?, ?, ?, null)""", targetId, managerId,
                time.at(time.calendar().quarterOf(time.today()).start().plusDays(9), 14 * 60),
                "Raised after the Q3 plan review: the Lindqvist expansion moved into this year", revenue, raised,
                grossProfit, grossProfit);
    }

    /** Writes one rep's versions the way the pact lifecycle would have left them. */
    private final class Writer {

        private final long pactId;
        private final long repId;
        private final long managerId;
        private final int fiscalYear;

        Writer(long pactId, long repId, long managerId, int fiscalYear) {
            this.pactId = pactId;
            this.repId = repId;
            this.managerId = managerId;
            this.fiscalYear = fiscalYear;
        }

        /**
         * A countersigned version: in force from the countersignature (or its period's start), standards from the
         * next full week; {@code replacedOn} cuts it short when a later version was countersigned that day.
         */
        int signed(int number, PactDocument document, OffsetDateTime proposed, LocalDate replacedOn) {
            PactPeriod period = document.targets().period();
            OffsetDateTime repSigned = proposed.plusDays(1);
            OffsetDateTime managerSigned = proposed.plusDays(1).plusHours(2);
            LocalDate signedDay = managerSigned.atZoneSameInstant(time.now().getZone()).toLocalDate();
            LocalDate validFrom = period.inForceFrom(signedDay);
            LocalDate validUntil = period.end();
            LocalDate standardsFrom = period.standardsFrom(signedDay);
            LocalDate standardsUntil = period.standardsUntil();
            if (replacedOn != null) {
                validUntil = period.inForceFrom(replacedOn).minusDays(1);
                standardsUntil = period.standardsFrom(replacedOn).minusDays(1);
            }
            long versionId = insert(number, replacedOn == null ? "SIGNED" : "SUPERSEDED", document, proposed,
                    repSigned, managerSigned, replacedOn == null ? null : versionTwoSignedAt(), 6);
            jdbc.update("""
                    update pact_version set valid_from = ?, valid_until = ?, standards_from = ?, standards_until = ?
                    where id = ?""", validFrom, validUntil, standardsFrom, standardsUntil, versionId);
            if (replacedOn == null) {
                jdbc.update("insert into pact_target (pact_version_id, fiscal_year, revenue, min_gross_profit) "
                        + "values (?, ?, ?, ?)", versionId, fiscalYear, document.targets().revenueTarget(),
                        document.targets().grossProfitTarget());
            }
            return 1;
        }

        /** A draft or a proposal, not signed by the rep yet. */
        int open(int number, String status, PactDocument document, OffsetDateTime at) {
            insert(number, status, document, status.equals("PROPOSED") ? at : null, null, null, null,
                    status.equals("DRAFT") ? 3 : 6);
            return 1;
        }

        private long insert(int number, String status, PactDocument document, OffsetDateTime proposed,
                            OffsetDateTime repSigned, OffsetDateTime managerSigned, OffsetDateTime superseded,
                            int lastStep) {
            OffsetDateTime created = proposed == null ? time.nowUtc().minusDays(3) : proposed;
            PactPeriod period = document.targets().period();
            jdbc.update("""
                    insert into pact_version (pact_id, number, status, period_start, period_end, step_targets,
                        step_expectations, step_motivations, step_consequences, step_role, last_step, proposed_at,
                        proposed_by, rep_signed_at, rep_signed_by, manager_signed_at, manager_signed_by, superseded_at,
                        created_at, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    pactId, number, status, period.start(), period.end(),
                    PactJson.of(document.targets()), PactJson.of(document.expectations()),
                    PactJson.of(document.motivations()), PactJson.of(document.consequences()),
                    PactJson.of(document.role()), lastStep, proposed, proposed == null ? null : managerId,
                    repSigned, repSigned == null ? null : repId, managerSigned,
                    managerSigned == null ? null : managerId, superseded, created,
                    managerSigned != null ? managerSigned : created);
            long versionId = jdbc.queryForObject("select id from pact_version where pact_id = ? and number = ?",
                    Long.class, pactId, number);
            if (proposed != null) {
                // Proposing freezes the rep's commission plan as it stands into the version, as PactService does.
                jdbc.queryForList("select fiscal_year, revenue_rate, gp_rate_above_min, accelerator_threshold,"
                        + " accelerator_multiplier from commission_plan where rep_id = ? and fiscal_year = ?", repId,
                        fiscalYear).forEach(plan -> jdbc.update("update pact_version set"
                        + " commission_fiscal_year = ?, commission_revenue_rate = ?, commission_gp_rate_above_min = ?,"
                        + " commission_accelerator_threshold = ?, commission_accelerator_multiplier = ? where id = ?",
                        plan.get("fiscal_year"), plan.get("revenue_rate"), plan.get("gp_rate_above_min"),
                        plan.get("accelerator_threshold"), plan.get("accelerator_multiplier"), versionId));
            }
            List<MasLine> lines = document.targets().masLines();
            for (int i = 0; i < lines.size(); i++) {
                jdbc.update("insert into mas_line (pact_version_id, metric, minimum, per_period, position) "
                        + "values (?, ?, ?, ?, ?)", versionId, lines.get(i).metric().name(), lines.get(i).minimum(),
                        lines.get(i).per().name(), i);
            }
            List<ManagerCommitment> commitments = document.expectations().commitments();
            for (int i = 0; i < commitments.size(); i++) {
                ManagerCommitment c = commitments.get(i);
                jdbc.update("insert into manager_commitment (pact_version_id, kind, description, amount, per_period, "
                        + "position) values (?, ?, ?, ?, ?, ?)", versionId, c.kind().name(), c.description(),
                        c.amount(), c.per() == null ? null : c.per().name(), i);
            }
            return versionId;
        }
    }

    private OffsetDateTime versionTwoProposedAt() {
        return time.at(time.calendar().yearOf(time.today()).start().plusMonths(6), 10 * 60);
    }

    private OffsetDateTime versionTwoSignedAt() {
        return versionTwoProposedAt().plusDays(1).plusHours(2);
    }

    private static PactDocument document(BigDecimal revenue, BigDecimal grossProfit, boolean farmer, int index,
                                         LocalDate yearStart, PactPeriod period) {
        TargetsStep targets = new TargetsStep(period, revenue, grossProfit, List.of(
                new MasLine(MasMetric.CALLS, BigDecimal.valueOf(40), Per.WEEK),
                new MasLine(MasMetric.MEETINGS, BigDecimal.valueOf(8), Per.WEEK),
                new MasLine(MasMetric.NEW_OPPORTUNITIES, BigDecimal.valueOf(3), Per.WEEK),
                new MasLine(MasMetric.PROPOSALS, BigDecimal.valueOf(2), Per.WEEK),
                new MasLine(MasMetric.PIPELINE_COVERAGE, BigDecimal.valueOf(3), Per.QUARTER)),
                farmer ? "Quarterly business reviews with every A account; cross-sell service contracts to B accounts."
                        : "Two prospecting blocks a day; ten new logos this year from the manufacturing list.",
                "Supports the team's plan: " + (farmer ? "grow share of wallet in existing accounts."
                        : "win new manufacturing accounts in the region."));
        ExpectationsStep expectations = new ExpectationsStep(
                "Revenue and minimum gross profit vs target; MAS every week; forecast accuracy within 10 %.",
                "Keep every deal's next step and close date current by Friday; log activities the same day.",
                List.of(new ManagerCommitment(CommitmentKind.ONE_ON_ONE, "Weekly 1:1, 30 minutes, prepared from facts",
                                BigDecimal.ONE, Per.WEEK),
                        new ManagerCommitment(CommitmentKind.COACHING_HOURS, "Coaching in the field or on calls",
                                BigDecimal.valueOf(2), Per.MONTH),
                        new ManagerCommitment(CommitmentKind.DEAL_SUPPORT_HOURS, "Deal support: an answer within 24 hours",
                                BigDecimal.valueOf(24), null)),
                "Long procurement cycles at larger accounts.", "Bring procurement in at the proposal stage.");
        MotivationsStep motivations = new MotivationsStep(MOTIVATORS.get(index % MOTIVATORS.size()),
                "Reach President's Club; lead a key-account team within two years.",
                "Public recognition at the monthly kick-off; a day off after a big win.",
                GoalFlexibility.REVIEWED_QUARTERLY, "");
        RoleStep role = new RoleStep(farmer
                ? "Farmer: grow and keep the accounts you own; find new business inside them."
                : "Hunter: open new accounts and bring them to their first order.", FormulaOverrides.NONE,
                farmer ? List.of("Account planning", "Executive conversations") : List.of("Discovery questions", "Closing"),
                List.of(new TrainingLine("Negotiation workshop", yearStart.plusMonths(4), TrainingStatus.DONE),
                        new TrainingLine("Value selling course", yearStart.plusMonths(10), TrainingStatus.IN_PROGRESS)));
        return new PactDocument(targets, expectations, motivations, ConsequencesStep.defaults(), role);
    }
}
