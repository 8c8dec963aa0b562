package com.salespact.deals.csv;

import com.salespact.base.SqlParams;
import com.salespact.base.ConcurrentEditException;
import com.salespact.base.Messages;
import com.salespact.deals.query.ImportLookupQuery;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a checked plan with JDBC batches (multi-row inserts), {@value #CHUNK} rows per batch; must run inside the commit's
 * transaction, so that any failure (a constraint, a row changed meanwhile, an aborted progress callback) leaves
 * nothing behind. Updates check the version the plan read, as the entities' optimistic lock does. Portable SQL for
 * H2 and PostgreSQL; ids come from the identity columns and are read back by external id ({@link ImportLookupQuery}).
 */
@Component
final class ImportWriter {

    static final int CHUNK = 500;
    private static final int ROWS_PER_STATEMENT = 50;

    @FunctionalInterface
    private interface Binder<T> {
        void bind(SqlParams params, T row) throws SQLException;
    }

    private final JdbcTemplate jdbc;
    private final ImportLookupQuery lookups;

    ImportWriter(JdbcTemplate jdbc, ImportLookupQuery lookups) {
        this.jdbc = jdbc;
        this.lookups = lookups;
    }

    void writeAccounts(List<ImportPlanner.AccountWrite> rows, long actorId, Instant now, CsvProgress progress) {
        OffsetDateTime at = at(now);
        List<ImportPlanner.AccountWrite> creates = rows.stream().filter(row -> row.id() == null).toList();
        List<ImportPlanner.AccountWrite> updates = rows.stream().filter(row -> row.id() != null).toList();
        Counter done = new Counter(progress, rows.size());
        for (List<ImportPlanner.AccountWrite> chunk : chunks(creates)) {
            insert("account", "external_id, name, owner_id, account_class, business_type, industry, city, "
                    + "created_at", chunk, (p, a) -> p.text(a.externalId()).text(a.name()).id(a.ownerId()).text(a.accountClass().name())
                            .text(a.businessType().name()).text(a.industry()).text(a.city()).timestamp(at));
            done.add(chunk.size());
        }
        for (List<ImportPlanner.AccountWrite> chunk : chunks(updates)) {
            int[] counts = batch("""
                    update account set name = ?, owner_id = ?, account_class = ?, business_type = ?, industry = ?,
                                       city = ?, version = version + 1
                    where id = ? and version = ?""", chunk,
                    (p, a) -> p.text(a.name()).id(a.ownerId()).text(a.accountClass().name())
                            .text(a.businessType().name()).text(a.industry()).text(a.city()).id(a.id())
                            .id(a.version()));
            checkVersions(counts, chunk.stream().map(ImportPlanner.AccountWrite::externalId).toList(), "account");
            List<ImportPlanner.AccountWrite> newOwners = chunk.stream()
                    .filter(a -> a.previousOwnerId() != null && a.previousOwnerId() != a.ownerId()).toList();
            insert("account_owner_change", "account_id, from_owner_id, to_owner_id, changed_by, changed_at",
                    newOwners, (p, a) -> p.id(a.id()).id(a.previousOwnerId()).id(a.ownerId()).id(actorId).timestamp(at));
            done.add(chunk.size());
        }
    }

    void writeDeals(List<ImportPlanner.DealWrite> rows, long actorId, Instant now, CsvProgress progress) {
        OffsetDateTime at = at(now);
        List<ImportPlanner.DealWrite> creates = rows.stream().filter(row -> row.id() == null).toList();
        List<ImportPlanner.DealWrite> updates = rows.stream().filter(row -> row.id() != null).toList();
        Counter done = new Counter(progress, rows.size());
        for (List<ImportPlanner.DealWrite> chunk : chunks(creates)) {
            insert("deal", "external_id, name, account_id, owner_id, amount, gross_profit, stage, forecast_category, "
                    + "expected_close_date, closed_on, next_step, lost_reason, stage_entered_at, created_at, opened_on",
                    chunk, (p, d) -> p.text(d.externalId()).text(d.name()).id(d.accountId()).id(d.ownerId())
                            .decimal(d.amount()).decimal(d.grossProfit()).text(d.stage().name())
                            .text(d.forecastCategory().name()).date(d.expectedCloseDate()).date(d.closedOn())
                            .text(d.nextStep()).text(d.lostReason()).timestamp(at(d.stageEnteredAt())).timestamp(at)
                            .date(d.openedOn()));
            Map<String, Long> ids = lookups.dealIds(chunk.stream().map(ImportPlanner.DealWrite::externalId).toList());
            // The stage change is dated like the stage (the deal's business day), so history reads as history.
            insert("stage_change", "deal_id, from_stage, to_stage, changed_by, changed_at", chunk,
                    (p, d) -> p.id(ids.get(d.externalId())).text(null).text(d.stage().name()).id(actorId)
                            .timestamp(at(d.stageEnteredAt())));
            done.add(chunk.size());
        }
        for (List<ImportPlanner.DealWrite> chunk : chunks(updates)) {
            int[] counts = batch("""
                    update deal set name = ?, account_id = ?, owner_id = ?, amount = ?, gross_profit = ?, stage = ?,
                                    forecast_category = ?, expected_close_date = ?, closed_on = ?, next_step = ?,
                                    lost_reason = ?, stage_entered_at = ?, opened_on = ?, version = version + 1
                    where id = ? and version = ?""", chunk,
                    (p, d) -> p.text(d.name()).id(d.accountId()).id(d.ownerId()).decimal(d.amount())
                            .decimal(d.grossProfit()).text(d.stage().name()).text(d.forecastCategory().name())
                            .date(d.expectedCloseDate()).date(d.closedOn()).text(d.nextStep()).text(d.lostReason())
                            .timestamp(at(d.stageEnteredAt())).date(d.openedOn()).id(d.id()).id(d.version()));
            checkVersions(counts, chunk.stream().map(ImportPlanner.DealWrite::externalId).toList(), "deal");
            insert("stage_change", "deal_id, from_stage, to_stage, changed_by, changed_at",
                    chunk.stream().filter(ImportPlanner.DealWrite::stageChanged).toList(),
                    (p, d) -> p.id(d.id()).text(d.previousStage().name()).text(d.stage().name()).id(actorId)
                            .timestamp(at(d.stageEnteredAt())));
            done.add(chunk.size());
        }
    }

    private static void checkVersions(int[] counts, List<String> externalIds, String what) {
        for (int i = 0; i < counts.length; i++) {
            // A driver may answer SUCCESS_NO_INFO (-2) for a batch; only a definite 0 means "changed meanwhile".
            if (counts[i] == 0) {
                throw new ConcurrentEditException(Messages.text("csv.changed-meanwhile." + what, externalIds.get(i)));
            }
        }
    }

    /**
     * {@code insert into t (a, b) values (?, ?), (?, ?), …}, {@value #ROWS_PER_STATEMENT} rows a statement, sent as
     * one JDBC batch: standard SQL, and several times faster than a row a statement on H2 and PostgreSQL alike.
     */
    private <T> void insert(String table, String columns, List<T> rows, Binder<T> binder) {
        if (rows.isEmpty()) {
            return;
        }
        int columnCount = columns.split(",").length;
        Map<Integer, List<List<T>>> statementsBySize = new LinkedHashMap<>();
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<T> statement = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            statementsBySize.computeIfAbsent(statement.size(), size -> new ArrayList<>()).add(statement);
        }
        String row = "(" + "?, ".repeat(columnCount - 1) + "?)";
        statementsBySize.forEach((size, statements) -> jdbc.batchUpdate(
                "insert into " + table + " (" + columns + ") values " + String.join(", ", Collections.nCopies(size, row)),
                statements, statements.size(), (ps, statement) -> {
                    SqlParams params = new SqlParams(ps);
                    for (T value : statement) {
                        binder.bind(params, value);
                    }
                }));
    }

    private <T> int[] batch(String sql, List<T> rows, Binder<T> binder) {
        if (rows.isEmpty()) {
            return new int[0];
        }
        int[][] counts = jdbc.batchUpdate(sql, rows, rows.size(), (ps, row) -> binder.bind(new SqlParams(ps), row));
        return counts.length == 0 ? new int[0] : counts[0];
    }

    private static <T> List<List<T>> chunks(List<T> rows) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            chunks.add(rows.subList(from, Math.min(rows.size(), from + CHUNK)));
        }
        return chunks;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** Reports rows written; the callback may throw to abort (and so roll back) the commit. */
    private static final class Counter {
        private final CsvProgress progress;
        private final int total;
        private int done;

        Counter(CsvProgress progress, int total) {
            this.progress = progress;
            this.total = total;
        }

        void add(int rows) {
            done += rows;
            progress.report(CsvProgress.Phase.WRITING, done, total);
        }
    }

}
