package com.salespact.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;

/**
 * The benchmark company, written straight over JDBC with multi-row inserts ({@link BulkInsert}) into an empty,
 * freshly migrated schema: {@value #TEAMS} teams of {@value #REPS_PER_TEAM} reps (200) plus a manager each, a login
 * per person, targets for three fiscal years with twelve month weights each, {@value #ACCOUNTS_PER_REP} accounts per
 * rep, {@value #DEALS} deals created over the last {@value #MONTHS} months with their stage history (one row per stage
 * the deal went through: at least one, five for a won deal), and {@value #ACTIVITIES} activities on the working days
 * of those months. Deterministic (fixed seed) and relative to the application clock. Rows go in in time order, the
 * way a live system fills its tables. Ids are given explicitly (team, person, target, account, deal) and the identity
 * columns are moved past them afterwards, so the application can insert normally on top. {@link Shape#LOAD} is a
 * wider, thinner company for the load benchmark: a thousand reps who can sign in.
 */
final class BenchData {

    /** How big the company is, and the password hash of every login. */
    record Shape(int teams, int accountsPerRep, int deals, int activities, String passwordHash) {

        /** The dashboard benchmarks' company (issue budget: 200 reps, 150,000 deals, 1,000,000 activities). */
        static final Shape DASHBOARD = new Shape(TEAMS, ACCOUNTS_PER_REP, DEALS, ACTIVITIES, "{bench}no-login");
        /** The load benchmark's: 1,000 reps in 100 teams, each with about 40 deals (some ten open) and 100 activities. */
        static final Shape LOAD = new Shape(100, 5, 40_000, 100_000, null);

        int reps() {
            return teams * REPS_PER_TEAM;
        }

        Shape withPasswordHash(String hash) {
            return new Shape(teams, accountsPerRep, deals, activities, hash);
        }
    }

    static final int TEAMS = 20;
    static final int REPS_PER_TEAM = 10;
    static final int REPS = TEAMS * REPS_PER_TEAM;
    static final int ACCOUNTS_PER_REP = 20;
    static final int DEALS = 150_000;
    static final int ACTIVITIES = 1_000_000;
    static final int MONTHS = 18;

    private static final String[] OPEN = {"PROSPECT", "QUALIFIED", "PROPOSAL", "NEGOTIATION"};
    private static final double[] OPEN_STAGE_WEIGHTS = {0.35, 0.27, 0.22, 0.16};
    private static final double[] LOST_AT_WEIGHTS = {0.35, 0.30, 0.20, 0.15};
    private static final double[] SEASON = {0.80, 0.85, 1.05, 0.90, 0.95, 1.10, 0.80, 0.75, 1.10, 1.00, 1.10, 1.40};
    private static final String[] LOST_REASONS = {"Lost on price", "No decision", "Went with a competitor", "No budget"};

    /** What was written, and how long each part took. */
    record Generated(Map<String, Long> rows, Map<String, Long> millis, long totalMillis, long analyzeMillis) {

        /** Team 1's manager (the signed-in user of the measurements). */
        static String managerOf(int team) {
            return String.format(Locale.ROOT, "bench.manager%02d", team);
        }

        /** The n-th rep (1-based) of a team. */
        static String repOf(int team, int n) {
            return String.format(Locale.ROOT, "bench.rep%03d", (team - 1) * REPS_PER_TEAM + n);
        }
    }

    /** One deal before it is written; stage history as parallel arrays. */
    private record PlannedDeal(long owner, long account, BigDecimal amount, BigDecimal grossProfit, String stage,
                               String forecast, LocalDate expectedClose, LocalDate closedOn, String lostReason,
                               Instant createdAt, String[] historyStages, Instant[] historyTimes) {
    }

    private record PlannedChange(long dealId, String from, String to, long by, Instant at) {
    }

    private final Random random = new Random(2026_11_18L);
    private final Shape shape;
    private final Instant now;
    private final LocalDate today;
    private final Instant start;
    private final OffsetDateTime nowUtc;
    private final Map<String, Long> rows = new LinkedHashMap<>();
    private final Map<String, Long> millis = new LinkedHashMap<>();

    private final java.time.ZoneId zone;

    private BenchData(Clock clock, Shape shape) {
        this.shape = shape;
        this.now = clock.instant();
        this.today = LocalDate.ofInstant(now, clock.getZone());
        this.zone = clock.getZone();
        this.start = today.minusMonths(MONTHS).atStartOfDay(ZoneOffset.UTC).toInstant();
        this.nowUtc = now.atOffset(ZoneOffset.UTC);
    }

    /** Fills the empty schema behind {@code dataSource}; then refreshes planner statistics (PostgreSQL: VACUUM ANALYZE). */
    static Generated generate(DataSource dataSource, Clock clock, boolean postgres) throws SQLException {
        return generate(dataSource, clock, postgres, Shape.DASHBOARD);
    }

    static Generated generate(DataSource dataSource, Clock clock, boolean postgres, Shape shape) throws SQLException {
        BenchData data = new BenchData(clock, shape);
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                data.write(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            long total = (System.nanoTime() - started) / 1_000_000;
            long analyzeStart = System.nanoTime();
            try (Statement statement = connection.createStatement()) {
                statement.execute(postgres ? "vacuum analyze" : "analyze");
            }
            return new Generated(data.rows, data.millis, total, (System.nanoTime() - analyzeStart) / 1_000_000);
        }
    }

    private void write(Connection connection) throws SQLException {
        long mark = System.nanoTime();
        long personCount = people(connection);
        restart(connection, "team", shape.teams() + 1);
        restart(connection, "person", personCount + 1);
        mark = lap("teams, people, logins", mark);

        List<long[]> accountsByRep = accounts(connection);
        restart(connection, "account", (long) shape.reps() * shape.accountsPerRep() + 1);
        mark = lap("accounts", mark);

        List<PlannedDeal> deals = planDeals(accountsByRep);
        mark = lap("deals (planned in memory)", mark);
        writeDeals(connection, deals);
        restart(connection, "deal", deals.size() + 1L);
        mark = lap("deals", mark);
        writeStageChanges(connection, deals);
        mark = lap("stage_change", mark);

        long targets = targets(connection, deals);
        restart(connection, "target", targets + 1);
        mark = lap("targets + month weights", mark);
        deals.clear();

        activities(connection, accountsByRep);
        lap("activity", mark);
    }

    // people ------------------------------------------------------------------------------------------------------

    /** Teams 1..T; managers are persons 1..T (manager n leads team n), then the reps (ten per team). */
    private long people(Connection connection) throws SQLException {
        OffsetDateTime created = start.atOffset(ZoneOffset.UTC).minusYears(1);
        try (BulkInsert teams = new BulkInsert(connection, "team", "id, name, created_at",
                Types.BIGINT, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE)) {
            for (int team = 1; team <= shape.teams(); team++) {
                teams.row((long) team, String.format(Locale.ROOT, "Bench team %02d", team), created);
            }
        }
        long persons = 0;
        try (BulkInsert people = new BulkInsert(connection, "person",
                "id, full_name, username, email, role, rep_style, team_id, active, hired_on",
                Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT,
                Types.BOOLEAN, Types.DATE)) {
            for (int team = 1; team <= shape.teams(); team++) {
                String username = Generated.managerOf(team);
                people.row((long) team, String.format(Locale.ROOT, "Manager %02d", team), username,
                        username + "@bench.example", "MANAGER", null, (long) team, true, LocalDate.of(2020, 1, 6));
            }
            for (int team = 1; team <= shape.teams(); team++) {
                for (int n = 1; n <= REPS_PER_TEAM; n++) {
                    long id = repId(team, n);
                    String username = Generated.repOf(team, n);
                    people.row(id, String.format(Locale.ROOT, "Rep %03d %s", id - shape.teams(), surname(id)), username,
                            username + "@bench.example", "REP", n % 2 == 0 ? "FARMER" : "HUNTER", (long) team, true,
                            LocalDate.of(2021, 1, 4).plusDays(id * 5));
                }
            }
            persons = people.rows();
        }
        try (var update = connection.prepareStatement("update team set manager_id = ? where id = ?")) {
            for (int team = 1; team <= shape.teams(); team++) {
                update.setLong(1, team);
                update.setLong(2, team);
                update.addBatch();
            }
            update.executeBatch();
        }
        // The dashboard benchmarks sign in directly (a placeholder, not a BCrypt hash); the load benchmark gives a real one.
        try (BulkInsert logins = new BulkInsert(connection, "user_account", "person_id, password_hash, password_changed_at",
                Types.BIGINT, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE)) {
            for (long person = 1; person <= persons; person++) {
                logins.row(person, shape.passwordHash(), nowUtc);
            }
        }
        rows.put("team", (long) shape.teams());
        rows.put("person", persons);
        rows.put("user_account", persons);
        return persons;
    }

    private long repId(int team, int n) {
        return shape.teams() + (long) (team - 1) * REPS_PER_TEAM + n;
    }

    private static String surname(long id) {
        String[] names = {"Berg", "Kim", "Larsen", "Hughes", "Nilsson", "Moreau", "Rossi", "Novak", "Silva", "Okafor"};
        return names[(int) (id % names.length)];
    }

    // accounts ----------------------------------------------------------------------------------------------------

    /** @return per rep (index: rep id - teams - 1) the ids of its accounts */
    private List<long[]> accounts(Connection connection) throws SQLException {
        List<long[]> byRep = new ArrayList<>();
        String[] classes = {"A", "B", "B", "C", "C"};
        try (BulkInsert accounts = new BulkInsert(connection, "account",
                "id, external_id, name, owner_id, account_class, business_type, industry, city, created_at",
                Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE)) {
            long id = 0;
            for (int rep = 0; rep < shape.reps(); rep++) {
                long owner = shape.teams() + rep + 1L;
                long[] ids = new long[shape.accountsPerRep()];
                for (int k = 0; k < shape.accountsPerRep(); k++) {
                    id++;
                    ids[k] = id;
                    accounts.row(id, String.format(Locale.ROOT, "BENCH-A%05d", id),
                            String.format(Locale.ROOT, "Account %05d Ltd", id), owner, classes[random.nextInt(5)],
                            random.nextInt(3) == 0 ? "NEW" : "EXISTING", "Industry " + random.nextInt(12),
                            "City " + random.nextInt(40), start.atOffset(ZoneOffset.UTC).minusDays(30 + random.nextInt(600)));
                }
                byRep.add(ids);
            }
            rows.put("account", accounts.rows());
        }
        return byRep;
    }

    // deals ---------------------------------------------------------------------------------------------------------

    private List<PlannedDeal> planDeals(List<long[]> accountsByRep) {
        long spanSeconds = Duration.between(start, now).getSeconds() - 3_600;
        List<PlannedDeal> deals = new ArrayList<>(shape.deals());
        for (int i = 0; i < shape.deals(); i++) {
            int rep = random.nextInt(shape.reps());
            long owner = shape.teams() + rep + 1L;
            long account = accountsByRep.get(rep)[random.nextInt(shape.accountsPerRep())];
            Instant created = start.plusSeconds((long) (random.nextDouble() * spanSeconds));
            long amountEuros = Math.clamp(Math.round(Math.exp(9.8 + 0.8 * random.nextGaussian())), 1_000L, 500_000L);
            BigDecimal amount = BigDecimal.valueOf(amountEuros).setScale(2, RoundingMode.UNNECESSARY);
            BigDecimal gp = amount.multiply(BigDecimal.valueOf(15 + random.nextInt(31)))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            double ageDays = Duration.between(created, now).toHours() / 24.0;
            boolean closed = random.nextDouble() < Math.min(0.92, 0.10 + ageDays / 220.0);
            List<String> path = new ArrayList<>();
            path.add("PROSPECT");
            String stage;
            Instant last;
            if (closed) {
                boolean won = random.nextDouble() < 0.45;
                int reached = won ? OPEN.length - 1 : pick(LOST_AT_WEIGHTS);
                path.addAll(Arrays.asList(OPEN).subList(1, reached + 1));
                stage = won ? "WON" : "LOST";
                path.add(stage);
                Instant planned = created.plus(Duration.ofHours(24L * (7 + random.nextInt(144)) + random.nextInt(10)));
                last = planned.isBefore(now) ? planned
                        : created.plusSeconds((long) (random.nextDouble() * Duration.between(created, now).getSeconds()));
            } else {
                int reached = pick(OPEN_STAGE_WEIGHTS);
                path.addAll(Arrays.asList(OPEN).subList(1, reached + 1));
                stage = path.getLast();
                last = created.plusSeconds((long) (random.nextDouble() * Duration.between(created, now).getSeconds()));
            }
            Instant[] times = new Instant[path.size()];
            times[0] = created;
            for (int k = 1; k < times.length; k++) {
                // evenly spaced with jitter, strictly increasing, the last one at `last`
                double share = k == times.length - 1 ? 1.0 : (k - 0.3 + 0.6 * random.nextDouble()) / (times.length - 1);
                times[k] = created.plusMillis((long) (share * Duration.between(created, last).toMillis()))
                        .plusMillis(k);
            }
            LocalDate closedOn = closed ? LocalDate.ofInstant(times[times.length - 1], ZoneOffset.UTC) : null;
            String forecast;
            LocalDate expectedClose;
            if (closed) {
                forecast = stage.equals("WON") ? "COMMIT" : "PIPELINE";
                expectedClose = closedOn;
            } else {
                double f = random.nextDouble();
                double commit = stage.equals("NEGOTIATION") ? 0.55 : stage.equals("PROPOSAL") ? 0.25 : 0.05;
                forecast = f < commit ? "COMMIT" : f < commit + 0.35 ? "BEST_CASE" : "PIPELINE";
                expectedClose = today.plusDays(-20 + random.nextInt(230));
            }
            deals.add(new PlannedDeal(owner, account, amount, gp, stage, forecast, expectedClose, closedOn,
                    stage.equals("LOST") ? LOST_REASONS[random.nextInt(LOST_REASONS.length)] : null, created,
                    path.toArray(String[]::new), times));
        }
        deals.sort(Comparator.comparing(PlannedDeal::createdAt));
        return deals;
    }

    private int pick(double[] weights) {
        double r = random.nextDouble();
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private void writeDeals(Connection connection, List<PlannedDeal> deals) throws SQLException {
        try (BulkInsert insert = new BulkInsert(connection, "deal",
                "id, external_id, name, account_id, owner_id, amount, gross_profit, stage, forecast_category, "
                        + "expected_close_date, closed_on, next_step, lost_reason, stage_entered_at, created_at, opened_on",
                Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.BIGINT, Types.NUMERIC, Types.NUMERIC,
                Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.DATE, Types.VARCHAR, Types.VARCHAR,
                Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE, Types.DATE)) {
            long id = 0;
            for (PlannedDeal deal : deals) {
                id++;
                insert.row(id, String.format(Locale.ROOT, "BENCH-D%06d", id),
                        String.format(Locale.ROOT, "Deal %06d", id), deal.account(), deal.owner(), deal.amount(),
                        deal.grossProfit(), deal.stage(), deal.forecast(), deal.expectedClose(), deal.closedOn(),
                        deal.closedOn() == null && id % 3 == 0 ? "Follow up" : null, deal.lostReason(),
                        deal.historyTimes()[deal.historyTimes().length - 1].atOffset(ZoneOffset.UTC),
                        deal.createdAt().atOffset(ZoneOffset.UTC), LocalDate.ofInstant(deal.createdAt(), zone));
            }
            rows.put("deal", insert.rows());
        }
    }

    private void writeStageChanges(Connection connection, List<PlannedDeal> deals) throws SQLException {
        List<PlannedChange> changes = new ArrayList<>(deals.size() * 4);
        long id = 0;
        for (PlannedDeal deal : deals) {
            id++;
            String[] stages = deal.historyStages();
            for (int k = 0; k < stages.length; k++) {
                changes.add(new PlannedChange(id, k == 0 ? null : stages[k - 1], stages[k], deal.owner(),
                        deal.historyTimes()[k]));
            }
        }
        changes.sort(Comparator.comparing(PlannedChange::at));
        try (BulkInsert insert = new BulkInsert(connection, "stage_change", "deal_id, from_stage, to_stage, changed_by, changed_at",
                Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.TIMESTAMP_WITH_TIMEZONE)) {
            for (PlannedChange change : changes) {
                insert.row(change.dealId(), change.from(), change.to(), change.by(), change.at().atOffset(ZoneOffset.UTC));
            }
            rows.put("stage_change", insert.rows());
        }
    }

    // targets -------------------------------------------------------------------------------------------------------

    /**
     * A target per rep for the fiscal years before, of and after today (calendar years; fiscal year start month 1),
     * sized on the rep's won revenue of the last twelve months, so pace comes out between behind and ahead.
     */
    private long targets(Connection connection, List<PlannedDeal> deals) throws SQLException {
        BigDecimal[] wonLastYear = new BigDecimal[shape.reps()];
        Arrays.fill(wonLastYear, BigDecimal.ZERO);
        LocalDate yearAgo = today.minusYears(1);
        for (PlannedDeal deal : deals) {
            if (deal.stage().equals("WON") && deal.closedOn().isAfter(yearAgo)) {
                int rep = (int) (deal.owner() - shape.teams() - 1);
                wonLastYear[rep] = wonLastYear[rep].add(deal.amount());
            }
        }
        int firstYear = today.getYear() - 1;
        long id = 0;
        try (BulkInsert targets = new BulkInsert(connection, "target", "id, person_id, fiscal_year, revenue, min_gross_profit",
                Types.BIGINT, Types.BIGINT, Types.INTEGER, Types.NUMERIC, Types.NUMERIC)) {
            for (int rep = 0; rep < shape.reps(); rep++) {
                for (int year = firstYear; year <= firstYear + 2; year++) {
                    id++;
                    BigDecimal revenue = wonLastYear[rep].multiply(BigDecimal.valueOf(0.95 + 0.35 * random.nextDouble()))
                            .max(BigDecimal.valueOf(100_000)).setScale(-3, RoundingMode.HALF_UP).setScale(2);
                    targets.row(id, shape.teams() + rep + 1L, year, revenue,
                            revenue.multiply(BigDecimal.valueOf(0.25)).setScale(2, RoundingMode.HALF_UP));
                }
            }
            rows.put("target", targets.rows());
        }
        try (BulkInsert weights = new BulkInsert(connection, "target_month_weight", "target_id, fiscal_month, weight",
                Types.BIGINT, Types.INTEGER, Types.NUMERIC)) {
            for (long target = 1; target <= id; target++) {
                for (int month = 1; month <= 12; month++) {
                    weights.row(target, month, BigDecimal.valueOf(SEASON[month - 1] * (0.92 + 0.16 * random.nextDouble()))
                            .setScale(4, RoundingMode.HALF_UP));
                }
            }
            rows.put("target_month_weight", weights.rows());
        }
        return id;
    }

    // activities ----------------------------------------------------------------------------------------------------

    /** Exactly {@code shape.activities()} activities over the working days of the last {@value #MONTHS} months, up to today. */
    private void activities(Connection connection, List<long[]> accountsByRep) throws SQLException {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = LocalDate.ofInstant(start, ZoneOffset.UTC); !day.isAfter(today); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(day);
            }
        }
        int perDay = shape.activities() / days.size();
        int extra = shape.activities() % days.size();
        String[] kinds = {"CALL", "MEETING", "PROSPECTING", "PROPOSAL"};
        double[] kindWeights = {0.55, 0.20, 0.15, 0.10};
        String[] notes = {"Left a voicemail", "Good conversation, send the deck", "Asked for a quote", "Demo booked"};
        try (BulkInsert insert = new BulkInsert(connection, "activity", "rep_id, kind, activity_date, account_id, note, created_at",
                Types.BIGINT, Types.VARCHAR, Types.DATE, Types.BIGINT, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE)) {
            for (int d = 0; d < days.size(); d++) {
                LocalDate day = days.get(d);
                int count = perDay + (d < extra ? 1 : 0);
                boolean isToday = day.equals(today);
                OffsetDateTime morning = day.atTime(8, 0).atOffset(ZoneOffset.UTC);
                for (int k = 0; k < count; k++) {
                    int rep = random.nextInt(shape.reps());
                    long account = random.nextDouble() < 0.6 ? accountsByRep.get(rep)[random.nextInt(shape.accountsPerRep())] : 0;
                    insert.row(shape.teams() + rep + 1L, kinds[pick(kindWeights)], day, account == 0 ? null : account,
                            random.nextInt(5) == 0 ? notes[random.nextInt(notes.length)] : null,
                            morning.plusMinutes(random.nextInt(isToday ? 120 : 600)));
                }
            }
            rows.put("activity", insert.rows());
        }
    }

    // helpers -------------------------------------------------------------------------------------------------------

    /** Moves an identity column past explicitly inserted ids (same syntax on H2 2.x and PostgreSQL). */
    private static void restart(Connection connection, String table, long next) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table " + table + " alter column id restart with " + next);
        }
    }

    private long lap(String part, long since) {
        long nowNanos = System.nanoTime();
        millis.put(part, (nowNanos - since) / 1_000_000);
        return nowNanos;
    }
}
