package com.salespact;

import com.salespact.activities.ActivityKind;
import com.salespact.deals.AccountClass;
import com.salespact.deals.BusinessType;
import com.salespact.deals.Stage;
import com.salespact.people.RepStyle;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo company's facts by name, for tests on the seeded database (the in-memory H2 and its PostgreSQL twin):
 * who is who and in which team, a deal or an account of a rep, the newest wall token, and the row of a deal, account,
 * account plan or target as it stands now. Tests name people by username, as {@code demo.DemoCatalog} seeds them
 * ("manager" and "rep" of North, "sofia" of South, "lkim", "elarsen", ...); ids differ between databases, so they come
 * from here. Every pick is deterministic ("first" is the lowest username or id, "last" the highest) and fails with a
 * clear message when the company has no such row, instead of handing a test a {@code null}.
 *
 * <p>Lookups only: a test that needs a special situation still writes it with its own SQL (and puts it back).
 *
 * <p>A Spring bean in src/test, picked up by the application's component scan like {@code postgres.CleanMigrateFlyway},
 * so every {@code @SpringBootTest} can {@code @Autowired} it and {@link com.salespact.base.ui.KaribuTest} offers it as
 * {@code company}; {@code new SeededCompany(jdbc)} reads any other database.
 */
@Component
public class SeededCompany {

    private final JdbcTemplate jdbc;

    public SeededCompany(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // --- people and teams -----------------------------------------------------------------------------

    public long personId(String username) {
        return single("person " + username, Long.class, "select id from person where username = ?", username);
    }

    /** The language a person chose for the app; null when they follow the browser. */
    public String languageOf(String username) {
        return jdbc.queryForObject("select language from person where username = ?", String.class, username);
    }

    public String fullName(String username) {
        return single("person " + username, String.class, "select full_name from person where username = ?", username);
    }

    public String fullName(long personId) {
        return single("person #" + personId, String.class, "select full_name from person where id = ?", personId);
    }

    /** The person's login account as it is stored now. */
    public UserAccountFacts userAccount(String username) {
        return row("login account of " + username, """
                select a.password_hash, a.enabled, a.failed_logins, a.locked_until
                from user_account a join person p on p.id = a.person_id where p.username = ?""",
                (rs, n) -> new UserAccountFacts(rs.getString("password_hash"), rs.getBoolean("enabled"),
                        rs.getInt("failed_logins"), rs.getTimestamp("locked_until") == null ? null
                                : rs.getTimestamp("locked_until").toInstant()), username);
    }

    /** A login account row; {@code lockedUntil} is null when the account is not locked. */
    public record UserAccountFacts(String passwordHash, boolean enabled, int failedLogins, Instant lockedUntil) {
    }

    /** The team the person belongs to ({@code person.team_id}). */
    public long teamOf(String username) {
        return single("team of " + username, Long.class, "select team_id from person where username = ?", username);
    }

    /** The team whose manager the person is ({@code team.manager_id}). */
    public long teamManagedBy(String manager) {
        return single("team managed by " + manager, Long.class,
                "select t.id from team t join person m on m.id = t.manager_id where m.username = ?", manager);
    }

    /** The username of the manager of the person's team. */
    public String managerOf(String username) {
        return single("manager of " + username, String.class, """
                select m.username from person p join team t on t.id = p.team_id join person m on m.id = t.manager_id
                where p.username = ?""", username);
    }

    /** The team of a deal's owner. */
    public long teamOfDeal(long dealId) {
        return single("team of deal #" + dealId, Long.class,
                "select p.team_id from deal d join person p on p.id = d.owner_id where d.id = ?", dealId);
    }

    /** The team's reps (active or not), by id. */
    public List<Long> repIdsOf(long team) {
        return jdbc.queryForList("select id from person where team_id = ? and role = 'REP' order by id", Long.class, team);
    }

    /** The team's active reps, by id. */
    public List<Long> activeRepIdsOf(long team) {
        return jdbc.queryForList("select id from person where team_id = ? and role = 'REP' and active = true order by id",
                Long.class, team);
    }

    /** The usernames of the team's active reps, alphabetically. */
    public List<String> activeRepUsernamesOf(long team) {
        return jdbc.queryForList("select username from person where team_id = ? and role = 'REP' and active = true"
                + " order by username", String.class, team);
    }

    /** The full names of the team's active reps, by id. */
    public List<String> activeRepNamesOf(long team) {
        return jdbc.queryForList("select full_name from person where team_id = ? and role = 'REP' and active = true"
                + " order by id", String.class, team);
    }

    /** The full names of the team's reps (any style when {@code style} is null), by id. */
    public List<String> repNamesOf(long team, RepStyle style) {
        return jdbc.queryForList("select full_name from person where team_id = ? and role = 'REP'"
                + " and (cast(? as varchar(20)) is null or rep_style = ?) order by id", String.class,
                team, name(style), name(style));
    }

    /** How many notifications of this kind pointing at {@code link} (e.g. "reviews/12") the person has. */
    public int notificationCount(String username, String kind, String link) {
        return single("notifications", Integer.class, """
                select count(*) from app_notification n join person p on p.id = n.person_id
                where p.username = ? and n.kind = ? and n.link = ?""", username, kind, link);
    }

    /** The message of the newest notification pointing at {@code link}, whoever it was for. */
    public String lastNotificationMessage(String link) {
        return single("notification for " + link, String.class, """
                select message from app_notification where link = ? order by id desc fetch first 1 rows only""", link);
    }

    /** How many notifications of this kind (e.g. PACT_PROPOSED) the person has, read or not. */
    public int notificationCount(String username, String kind) {
        return single("notifications", Integer.class, """
                select count(*) from app_notification n join person p on p.id = n.person_id
                where p.username = ? and n.kind = ?""", username, kind);
    }

    /** The first other rep (by username) of the person's team. */
    public String teammateOf(String username) {
        return reps().inTeamOf(username).first();
    }

    /** The first rep (by username) of another team than the person's. */
    public String repOfAnotherTeam(String username) {
        return reps().outsideTeamOf(username).first();
    }

    /** A pick of one rep by what the test needs, e.g. {@code reps().inTeamOf("rep").withStyle(FARMER).first()}. */
    public RepPick reps() {
        return new RepPick(null, null, null, false);
    }

    /** Which rep a test wants, relative to one person; {@link #first()} is the lowest username that fits. */
    public final class RepPick {

        private final String relativeTo;
        private final Boolean sameTeam;
        private final RepStyle style;
        private final boolean withAPact;

        private RepPick(String relativeTo, Boolean sameTeam, RepStyle style, boolean withAPact) {
            this.relativeTo = relativeTo;
            this.sameTeam = sameTeam;
            this.style = style;
            this.withAPact = withAPact;
        }

        /** Another rep of the person's team (never the person). */
        public RepPick inTeamOf(String username) {
            return new RepPick(username, true, style, withAPact);
        }

        /** A rep of a team other than the person's. */
        public RepPick outsideTeamOf(String username) {
            return new RepPick(username, false, style, withAPact);
        }

        /** {@link #inTeamOf} or {@link #outsideTeamOf}, as {@code sameTeam} says. */
        public RepPick besides(String username, boolean sameTeam) {
            return sameTeam ? inTeamOf(username) : outsideTeamOf(username);
        }

        /** Only hunters or only farmers; any style when null. */
        public RepPick withStyle(RepStyle style) {
            return new RepPick(relativeTo, sameTeam, style, withAPact);
        }

        /** Only reps who have a sales pact (of any status). */
        public RepPick withAPact() {
            return new RepPick(relativeTo, sameTeam, style, true);
        }

        /** The lowest username among the active reps that fit. */
        public String first() {
            Objects.requireNonNull(relativeTo, "inTeamOf(..) or outsideTeamOf(..) first");
            String sql = "select min(o.username) from person o join person me on me.username = ?"
                    + " where o.role = 'REP' and o.active = true and o.id <> me.id"
                    + (sameTeam ? " and o.team_id = me.team_id" : " and o.team_id <> me.team_id")
                    + (style == null ? "" : " and o.rep_style = '" + style.name() + "'")
                    + (withAPact ? " and exists (select 1 from pact p where p.rep_id = o.id)" : "");
            return found(describe(), jdbc.queryForObject(sql, String.class, relativeTo));
        }

        private String describe() {
            return "a rep " + (sameTeam ? "in the team of " : "outside the team of ") + relativeTo
                    + (style == null ? "" : ", " + style) + (withAPact ? ", with a pact" : "");
        }
    }

    // --- deals ---------------------------------------------------------------------------------------

    /** The owner's deal with the lowest id, in any stage, or in one of {@code stages}. */
    public long firstDealOf(String owner, Stage... stages) {
        return dealOf("min", owner, stages);
    }

    /** The owner's deal with the highest id, in any stage, or in one of {@code stages}. */
    public long lastDealOf(String owner, Stage... stages) {
        return dealOf("max", owner, stages);
    }

    /** The lowest-id deal of any rep but {@code username}, in any stage, or in one of {@code stages}. */
    public long firstDealOfAnotherRep(String username, Stage... stages) {
        Long id = jdbc.queryForObject("select min(d.id) from deal d join person p on p.id = d.owner_id"
                + " where p.username <> ? and p.role = 'REP'" + stagesIn(stages), Long.class, username);
        return found("a deal of a rep but " + username + " " + Arrays.toString(stages), id);
    }

    private long dealOf(String minOrMax, String owner, Stage... stages) {
        Long id = jdbc.queryForObject("select " + minOrMax + "(d.id) from deal d join person p on p.id = d.owner_id"
                + " where p.username = ?" + stagesIn(stages), Long.class, owner);
        return found("a deal of " + owner + " " + Arrays.toString(stages), id);
    }

    private static String stagesIn(Stage... stages) {
        return stages.length == 0 ? "" : Arrays.stream(stages).map(stage -> "'" + stage.name() + "'")
                .collect(Collectors.joining(", ", " and d.stage in (", ")"));
    }

    /** The deal with this external (CRM) id, e.g. one a CSV import wrote. */
    public long dealIdByExternalId(String externalId) {
        return single("deal " + externalId, Long.class, "select id from deal where external_id = ?", externalId);
    }

    /** How many deals the person owns: in any stage (open or closed), or in one of {@code stages}. */
    public int dealCountOf(String owner, Stage... stages) {
        return single("deals", Integer.class, "select count(*) from deal d join person p on p.id = d.owner_id"
                + " where p.username = ?" + stagesIn(stages), owner);
    }

    /** A deal as it is stored now. */
    public DealFacts deal(long dealId) {
        return row("deal #" + dealId, """
                select id, name, stage, amount, gross_profit, next_step, expected_close_date, forecast_category,
                       closed_on, lost_reason, owner_id, account_id, external_id, version
                from deal where id = ?""", (rs, n) -> new DealFacts(rs.getLong("id"), rs.getString("name"),
                Stage.valueOf(rs.getString("stage")), rs.getBigDecimal("amount"), rs.getBigDecimal("gross_profit"),
                rs.getString("next_step"), rs.getObject("expected_close_date", LocalDate.class),
                rs.getString("forecast_category"), rs.getObject("closed_on", LocalDate.class),
                rs.getString("lost_reason"), rs.getLong("owner_id"), rs.getLong("account_id"),
                rs.getString("external_id"), rs.getLong("version")), dealId);
    }

    /** A deal row: what tests check after a save, a move or a refused write. */
    public record DealFacts(long id, String name, Stage stage, BigDecimal amount, BigDecimal grossProfit,
                            String nextStep, LocalDate expectedCloseDate, String forecastCategory, LocalDate closedOn,
                            String lostReason, long ownerId, long accountId, String externalId, long version) {
    }

    /** The total of the owner's deals won with a closing day from {@code from} to {@code to} (both included). */
    public BigDecimal wonRevenueOf(long ownerId, LocalDate from, LocalDate to) {
        return single("won revenue", BigDecimal.class, """
                select coalesce(sum(amount), 0) from deal where owner_id = ? and stage = 'WON'
                and closed_on between ? and ?""", ownerId, from, to);
    }

    // --- accounts ------------------------------------------------------------------------------------

    /** The owner's account with the lowest id. */
    public long firstAccountOf(String owner) {
        return accountOf("min", owner, null, null);
    }

    /** The owner's lowest-id account of one of {@code classes} (any class when none are given). */
    public long firstAccountOf(String owner, AccountClass... classes) {
        return accountOf("min", owner, null, classes);
    }

    /** The owner's lowest-id account of one of {@code classes} (any class when none) and of this business type. */
    public long firstAccountOf(String owner, BusinessType type, AccountClass... classes) {
        return accountOf("min", owner, type, classes);
    }

    /** The owner's account with the highest id, of one of {@code classes} (any class when none are given). */
    public long lastAccountOf(String owner, AccountClass... classes) {
        return accountOf("max", owner, null, classes);
    }

    private long accountOf(String minOrMax, String owner, BusinessType type, AccountClass... classes) {
        String classIn = classes == null || classes.length == 0 ? "" : Arrays.stream(classes)
                .map(c -> "'" + c.name() + "'").collect(Collectors.joining(", ", " and a.account_class in (", ")"));
        String typeIs = type == null ? "" : " and a.business_type = '" + type.name() + "'";
        Long id = jdbc.queryForObject("select " + minOrMax + "(a.id) from account a join person p on p.id = a.owner_id"
                + " where p.username = ?" + classIn + typeIs, Long.class, owner);
        return found("an account of " + owner + " " + (classes == null ? "[]" : Arrays.toString(classes))
                + (type == null ? "" : " " + type), id);
    }

    /** The account with this external (CRM) id, e.g. one a CSV import wrote. */
    public long accountIdByExternalId(String externalId) {
        return single("account " + externalId, Long.class, "select id from account where external_id = ?", externalId);
    }

    /** An account as it is stored now. */
    public AccountFacts account(long accountId) {
        return row("account #" + accountId, """
                select id, name, city, industry, account_class, business_type, owner_id, external_id, version
                from account where id = ?""", (rs, n) -> new AccountFacts(rs.getLong("id"), rs.getString("name"),
                rs.getString("city"), rs.getString("industry"), AccountClass.valueOf(rs.getString("account_class")),
                BusinessType.valueOf(rs.getString("business_type")), rs.getLong("owner_id"),
                rs.getString("external_id"), rs.getLong("version")), accountId);
    }

    public record AccountFacts(long id, String name, String city, String industry, AccountClass accountClass,
                               BusinessType businessType, long ownerId, String externalId, long version) {
    }

    /** The account's plan as it is stored now. */
    public AccountPlanFacts accountPlan(long accountId) {
        return row("plan of account #" + accountId, """
                select objectives, key_contacts, next_steps, review_date, version
                from account_plan where account_id = ?""", (rs, n) -> new AccountPlanFacts(rs.getString("objectives"),
                rs.getString("key_contacts"), rs.getString("next_steps"), rs.getObject("review_date", LocalDate.class),
                rs.getLong("version")), accountId);
    }

    public record AccountPlanFacts(String objectives, String keyContacts, String nextSteps, LocalDate reviewDate,
                                   long version) {
    }

    // --- targets -------------------------------------------------------------------------------------

    /** The person's target for a fiscal year as it is stored now. */
    public TargetFacts target(long personId, int fiscalYear) {
        return row("target of person #" + personId + " for " + fiscalYear, """
                select id, revenue, min_gross_profit, version from target where person_id = ? and fiscal_year = ?""",
                (rs, n) -> new TargetFacts(rs.getLong("id"), rs.getBigDecimal("revenue"),
                        rs.getBigDecimal("min_gross_profit"), rs.getLong("version")), personId, fiscalYear);
    }

    public record TargetFacts(long id, BigDecimal revenue, BigDecimal minGrossProfit, long version) {
    }

    // --- activities ----------------------------------------------------------------------------------

    /** How many activities of this kind the rep has logged, ever. */
    public int activitiesOf(String rep, ActivityKind kind) {
        return single("activities", Integer.class, """
                select count(*) from activity a join person p on p.id = a.rep_id where p.username = ? and a.kind = ?""",
                rep, kind.name());
    }

    /** How many activities of this kind the rep has logged between two days (both included). */
    public int activitiesOf(String rep, ActivityKind kind, LocalDate from, LocalDate to) {
        return activitiesOf(personId(rep), kind, from, to);
    }

    /** How many activities of this kind the person has logged between two days (both included). */
    public int activitiesOf(long personId, ActivityKind kind, LocalDate from, LocalDate to) {
        return single("activities", Integer.class, """
                select count(*) from activity where rep_id = ? and kind = ? and activity_date between ? and ?""",
                personId, kind.name(), from, to);
    }

    // --- pacts and reviews ---------------------------------------------------------------------------

    /** The id of version {@code number} (1, 2, ...) of the rep's pact. */
    public long pactVersionOf(String rep, int number) {
        return single("pact version " + number + " of " + rep, Long.class, """
                select v.id from pact_version v join pact p on p.id = v.pact_id join person r on r.id = p.rep_id
                where r.username = ? and v.number = ?""", rep, number);
    }

    /** The id of the rep's signed (countersigned, in force) pact version. */
    public long signedPactVersionOf(String rep) {
        return single("signed pact version of " + rep, Long.class, """
                select v.id from pact_version v join pact p on p.id = v.pact_id join person r on r.id = p.rep_id
                where r.username = ? and v.status = 'SIGNED'""", rep);
    }

    /** The id of the rep's pact version with the highest number. */
    public long lastPactVersionOf(String rep) {
        return single("pact version of " + rep, Long.class, """
                select v.id from pact_version v join pact p on p.id = v.pact_id join person r on r.id = p.rep_id
                where r.username = ? order by v.number desc fetch first 1 rows only""", rep);
    }

    /** A pact version as it is stored now. */
    public PactVersionFacts pactVersion(long versionId) {
        return row("pact version #" + versionId, """
                select id, number, status, step_targets, formula_agreed, rep_signed_at is not null as rep_signed,
                       commission_revenue_rate, version
                from pact_version where id = ?""", (rs, n) -> new PactVersionFacts(rs.getLong("id"),
                rs.getInt("number"), rs.getString("status"), rs.getString("step_targets"),
                rs.getString("formula_agreed"), rs.getBoolean("rep_signed"), rs.getBigDecimal("commission_revenue_rate"),
                rs.getLong("version")), versionId);
    }

    /** A pact version row; {@code stepTargets} and {@code formulaAgreed} are the stored JSON. */
    public record PactVersionFacts(long id, int number, String status, String stepTargets, String formulaAgreed,
                                   boolean repSigned, BigDecimal commissionRevenueRate, long version) {
    }

    /** The rep's review of this kind (e.g. QUARTERLY_PLAN, WEEKLY_ONE_ON_ONE) with the highest id. */
    public long lastReviewOf(String rep, String kind) {
        return single(kind + " review of " + rep, Long.class, """
                select max(r.id) from review r join person p on p.id = r.rep_id where p.username = ? and r.kind = ?""",
                rep, kind);
    }

    /** A review as it is stored now. */
    public StoredReview review(long reviewId) {
        return row("review #" + reviewId, """
                select id, kind, status, scheduled_for, held_on, shared_notes, plan_text, manager_feedback,
                       facts_snapshot, rep_reminded_at is not null as rep_reminded,
                       manager_reminded_at is not null as manager_reminded, version
                from review where id = ?""", (rs, n) -> new StoredReview(rs.getLong("id"), rs.getString("kind"),
                rs.getString("status"), rs.getObject("scheduled_for", LocalDate.class),
                rs.getObject("held_on", LocalDate.class), rs.getString("shared_notes"), rs.getString("plan_text"),
                rs.getString("manager_feedback"), rs.getString("facts_snapshot"), rs.getBoolean("rep_reminded"),
                rs.getBoolean("manager_reminded"), rs.getLong("version")), reviewId);
    }

    /**
     * A review row ({@code reviews.ReviewFacts} is the domain's name for the numbers): {@code factsSnapshot} is the
     * stored JSON of a held review; the reminder flags say whether the reminder job has told the rep and the manager.
     */
    public record StoredReview(long id, String kind, String status, LocalDate scheduledFor, LocalDate heldOn,
                               String sharedNotes, String planText, String managerFeedback, String factsSnapshot,
                               boolean repReminded, boolean managerReminded, long version) {
    }

    /** How many weekly 1:1s of the rep were held from the start of {@code from} to the end of {@code to}. */
    public long heldOneOnOnesOf(long repId, LocalDate from, LocalDate to) {
        return single("held 1:1s", Long.class, """
                select count(*) from review where rep_id = ? and kind = 'WEEKLY_ONE_ON_ONE' and status = 'HELD'
                and held_at >= ? and held_at < ?""", repId, from.atStartOfDay(), to.plusDays(1).atStartOfDay());
    }

    /** The hours of coaching the rep received on days from {@code from} to {@code to} (both included). */
    public BigDecimal coachingHoursOf(long repId, LocalDate from, LocalDate to) {
        return single("coaching hours", BigDecimal.class, """
                select coalesce(sum(hours), 0) from coaching_session where rep_id = ? and held_on between ? and ?""",
                repId, from, to);
    }

    /** The texts on a review's agenda, in the order they were added. */
    public List<String> agendaOf(long reviewId) {
        return jdbc.queryForList("select text from agenda_item where review_id = ? order by id", String.class, reviewId);
    }

    // --- wall screens --------------------------------------------------------------------------------

    /** The display token created last (its raw token is shown once and never stored). */
    public WallToken newestWallToken() {
        return row("a display token", """
                select id, team_id, token_hash, revoked_at is not null as revoked
                from display_token where id = (select max(id) from display_token)""",
                (rs, n) -> new WallToken(rs.getLong("id"), rs.getLong("team_id"), rs.getString("token_hash"),
                        rs.getBoolean("revoked")));
    }

    public WallToken wallToken(long id) {
        return row("display token #" + id, """
                select id, team_id, token_hash, revoked_at is not null as revoked from display_token where id = ?""",
                (rs, n) -> new WallToken(rs.getLong("id"), rs.getLong("team_id"), rs.getString("token_hash"),
                        rs.getBoolean("revoked")), id);
    }

    /** A wall screen's token as stored: only the SHA-256 hash of the raw token. */
    public record WallToken(long id, long teamId, String tokenHash, boolean revoked) {
    }

    // --- helpers -------------------------------------------------------------------------------------

    private <T> T single(String what, Class<T> type, String sql, Object... args) {
        try {
            return found(what, jdbc.queryForObject(sql, type, args));
        } catch (EmptyResultDataAccessException none) {
            throw new IllegalStateException("the seeded company has no " + what, none);
        }
    }

    private <T> T row(String what, String sql, org.springframework.jdbc.core.RowMapper<T> mapper, Object... args) {
        List<T> rows = new ArrayList<>(jdbc.query(sql, mapper, args));
        if (rows.size() != 1) {
            throw new IllegalStateException("expected one " + what + ", found " + rows.size());
        }
        return rows.getFirst();
    }

    private static <T> T found(String what, T value) {
        if (value == null) {
            throw new IllegalStateException("the seeded company has no " + what);
        }
        return value;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
