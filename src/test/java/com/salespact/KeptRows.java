package com.salespact;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows of the shared seeded database that a test is about to change, put back exactly as they were afterwards (every
 * column, versions included), so no other test sees what this one did: {@link #keep} remembers the rows a condition
 * selects now; {@link #restore()} deletes the rows the condition selects then but did not before, writes the kept
 * values back and inserts kept rows that are gone. Call {@code restore()} in an {@code @AfterEach}.
 *
 * <pre>
 * kept.keep("deal", "id = ?", dealId).keep("stage_change", "deal_id = ?", dealId);
 * kept.addedTo("display_token");   // whatever the test adds is deleted afterwards
 * </pre>
 *
 * Rows are told apart by their {@code id} column, or by the key columns given to {@link #keepBy}. Restored last kept
 * first, so keep a parent row before its children.
 */
public final class KeptRows {

    private record Kept(String table, List<String> key, String where, Object[] args, List<Map<String, Object>> rows) {
    }

    private final JdbcTemplate jdbc;
    private final Deque<Kept> kept = new ArrayDeque<>();

    public KeptRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Remembers the rows of {@code table} that {@code where} selects now (rows told apart by {@code id}). */
    public KeptRows keep(String table, String where, Object... args) {
        return keepBy(table, "id", where, args);
    }

    /** The same for a table whose rows are told apart by other columns, e.g. {@code "target_id, fiscal_month"}. */
    public KeptRows keepBy(String table, String keyColumns, String where, Object... args) {
        List<String> key = Arrays.stream(keyColumns.split(",")).map(String::strip).toList();
        kept.push(new Kept(table, key, where, args.clone(),
                jdbc.queryForList("select * from " + table + " where " + where, args)));
        return this;
    }

    /** Rows added to {@code table} from now on (a higher {@code id}) are deleted by {@link #restore()}. */
    public KeptRows addedTo(String table) {
        Long last = jdbc.queryForObject("select coalesce(max(id), 0) from " + table, Long.class);
        return keep(table, "id > ?", last);
    }

    /** A deal with its stage history, checklist and closings (a move, a save or a tick changes them). */
    public long deal(long dealId) {
        keep("deal", "id = ?", dealId);
        keep("stage_change", "deal_id = ?", dealId);
        keep("deal_milestone", "deal_id = ?", dealId);
        keepBy("deal_closing", "deal_id", "deal_id = ?", dealId);
        return dealId;
    }

    /** An account with its plan and owner history (an edit, a plan save or a reassignment changes them). */
    public long account(long accountId) {
        keep("account", "id = ?", accountId);
        keep("account_plan", "account_id = ?", accountId);
        keep("account_owner_change", "account_id = ?", accountId);
        return accountId;
    }

    /** A person's targets of every year, with their seasonality and revision history. */
    public KeptRows targetsOfPerson(long personId) {
        return targets("person_id", personId);
    }

    /** A team's own targets (the explicit team figure) of every year, with seasonality and history. */
    public KeptRows targetsOfTeam(long teamId) {
        return targets("team_id", teamId);
    }

    private KeptRows targets(String owner, long id) {
        String ofOwner = "target_id in (select id from target where " + owner + " = ?)";
        keep("target", owner + " = ?", id);
        keepBy("target_month_weight", "target_id, fiscal_month", ofOwner, id);
        return keep("target_revision", ofOwner, id);
    }

    /**
     * The rep's reviews with their agenda, reasons, celebrations, action items and catch-up plans (with the
     * notifications and mails of plans drafted): scheduling, preparing, holding, moving or cancelling a review changes
     * them, and holding a 1:1 schedules the next one.
     * Returns {@code repId}, as {@link #deal} returns the deal's.
     */
    public long reviewsOf(long repId) {
        reviews("rep_id = ?", repId);
        return repId;
    }

    /** Every review with its items, as {@link #reviewsOf}: a reminder run marks (and moves) any review that is due. */
    public KeptRows reviews() {
        return reviews("1 = 1");
    }

    private KeptRows reviews(String which, Object... args) {
        String ofThem = "review_id in (select id from review where " + which + ")";
        keep("review", which, args);
        keep("catch_up_plan", which, args);
        keep("action_item", which, args);
        keep("agenda_item", ofThem, args);
        keep("review_reason", ofThem, args);
        // A plan drafted tells the rep and the manager, in the app and by mail.
        keep("app_notification", "kind = 'CATCH_UP_DRAFTED'");
        keep("outbox_message", "kind = 'CATCH_UP_DRAFTED'");
        return keep("celebration", ofThem, args);
    }

    /** Puts every kept table back as it was and forgets it. */
    public void restore() {
        while (!kept.isEmpty()) {
            restore(kept.pop());
        }
    }

    private void restore(Kept rows) {
        String keyColumns = String.join(", ", rows.key());
        String keyIs = rows.key().stream().map(column -> column + " = ?").collect(Collectors.joining(" and "));
        Set<List<Object>> keptKeys = new HashSet<>();
        rows.rows().forEach(row -> keptKeys.add(keyOf(row, rows.key())));
        for (Map<String, Object> now : jdbc.queryForList(
                "select " + keyColumns + " from " + rows.table() + " where " + rows.where(), rows.args())) {
            List<Object> key = keyOf(now, rows.key());
            if (!keptKeys.contains(key)) {
                jdbc.update("delete from " + rows.table() + " where " + keyIs, key.toArray());
            }
        }
        for (Map<String, Object> row : rows.rows()) {
            List<String> columns = row.keySet().stream()
                    .filter(column -> rows.key().stream().noneMatch(column::equalsIgnoreCase)).toList();
            List<Object> values = new ArrayList<>(columns.stream().map(row::get).toList());
            values.addAll(keyOf(row, rows.key()));
            int updated = columns.isEmpty() ? jdbc.queryForObject("select count(*) from " + rows.table() + " where "
                    + keyIs, Integer.class, keyOf(row, rows.key()).toArray()) : jdbc.update("update " + rows.table()
                    + " set " + columns.stream().map(column -> column + " = ?").collect(Collectors.joining(", "))
                    + " where " + keyIs, values.toArray());
            if (updated == 0) {
                jdbc.update("insert into " + rows.table() + " (" + String.join(", ", row.keySet()) + ") values ("
                        + row.keySet().stream().map(column -> "?").collect(Collectors.joining(", ")) + ")",
                        row.values().toArray());
            }
        }
    }

    /** The row's key values; numbers as longs, so a key read twice compares equal. */
    private static List<Object> keyOf(Map<String, Object> row, List<String> key) {
        return key.stream().map(row::get)
                .map(value -> value instanceof Number number ? (Object) number.longValue() : value).toList();
    }
}
