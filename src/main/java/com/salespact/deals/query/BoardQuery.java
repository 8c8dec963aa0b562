package com.salespact.deals.query;

import com.salespact.deals.DealFilter;
import com.salespact.deals.DealRow;
import com.salespact.deals.Stage;
import com.salespact.people.AccessGuard;
import com.salespact.people.DataScope;
import java.math.BigDecimal;
import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deal board in one statement: for each open stage the first cards (soonest expected close first), with the
 * stage's count and amount computed by the database (window functions), within the caller's scope and the filter.
 * Replaces a list and a count query per column; the board is what reps open most. A deal whose close waits out its
 * undo window (decision 012) is off the board: the user just moved it off.
 * <p>
 * The search is {@code position(text in name)}, not {@code like}: H2 2.3.232 keeps about 40 KB per execution of a
 * {@code like} with a parameter inside a derived table for as long as the connection lives (measured: 3,000 board
 * reads grew the heap by 117 MB; with {@code position} by nothing). It also takes {@code %} and {@code _} literally.
 */
@Component
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class BoardQuery {

    /**
     * The conditions that apply are spliced in (%s, from the fixed fragments below, never user input), not written as
     * "(:x is null or column = :x)": H2 cannot use an index through such an OR, so a rep's board scanned every open deal
     * of the company (see PipelineQuery). At most 2^5 statement variants.
     */
    private static final String BOARD = """
            select * from (
              select d.id, d.name, a.id as account_id, a.name as account_name, p.id as owner_id,
                     p.full_name as owner_name, d.amount, d.gross_profit, d.stage, d.forecast_category,
                     d.expected_close_date, d.stage_entered_at, d.next_step, d.external_id, d.version,
                     row_number() over (partition by d.stage order by d.expected_close_date, d.id) as position,
                     count(*) over (partition by d.stage) as stage_deals,
                     sum(d.amount) over (partition by d.stage) as stage_amount
              from deal d join account a on a.id = d.account_id join person p on p.id = d.owner_id
              where d.stage in (:stages)%s
                and not exists (select 1 from deal_closing c where c.deal_id = d.id)
            ) board
            where position <= :limit
            order by stage, position
            """;
    private static final String SCOPE_PERSON = " and d.owner_id = :scopePerson";
    private static final String SCOPE_TEAM = " and p.team_id = :scopeTeam";
    private static final String OWNER = " and d.owner_id = :owner";
    private static final String ACCOUNT = " and d.account_id = :account";
    private static final String TEXT = " and (position(:text in lower(d.name)) > 0 or position(:text in lower(a.name)) > 0)";

    /** One column: its first cards, and how many deals and how much the whole stage holds. */
    public record Column(Stage stage, List<DealRow> rows, int deals, BigDecimal amount) {
    }

    /** Where a card sits in its column, and the column's figures (the rest of a row is the card's {@link DealRow}). */
    private record Place(Stage stage, int position, int stageDeals, BigDecimal stageAmount) {
    }

    private record Card(Place place, DealRow deal) {
    }

    private static final RowMapper<Place> PLACE = new SimplePropertyRowMapper<>(Place.class);
    private static final RowMapper<DealRow> DEAL = new SimplePropertyRowMapper<>(DealRow.class);

    private final JdbcClient jdbc;
    private final AccessGuard guard;

    BoardQuery(JdbcClient jdbc, AccessGuard guard) {
        this.jdbc = jdbc;
        this.guard = guard;
    }

    /** The open stages in order, each with at most {@code limits.get(stage)} cards. */
    public List<Column> board(DealFilter filter, Map<Stage, Integer> limits) {
        DataScope scope = guard.scope();
        List<Stage> stages = Stage.openStages().stream()
                .filter(stage -> filter.stages() == null || filter.stages().isEmpty() || filter.stages().contains(stage))
                .toList();
        Map<Stage, List<DealRow>> rows = new EnumMap<>(Stage.class);
        Map<Stage, Integer> deals = new EnumMap<>(Stage.class);
        Map<Stage, BigDecimal> amounts = new EnumMap<>(Stage.class);
        if (!stages.isEmpty()) {
            int limit = stages.stream().mapToInt(stage -> limits.getOrDefault(stage, 0)).max().orElse(0);
            String text = searchText(filter.text());
            String conditions = (scope.personId() == null ? "" : SCOPE_PERSON)
                    + (scope.teamId() == null ? "" : SCOPE_TEAM)
                    + (filter.ownerId() == null ? "" : OWNER)
                    + (filter.accountId() == null ? "" : ACCOUNT)
                    + (text == null ? "" : TEXT);
            List<Card> cards = jdbc.sql(BOARD.formatted(conditions))
                    .param("stages", stages.stream().map(Stage::name).toList())
                    .param("scopePerson", scope.personId(), Types.BIGINT)
                    .param("scopeTeam", scope.teamId(), Types.BIGINT)
                    .param("owner", filter.ownerId(), Types.BIGINT)
                    .param("account", filter.accountId(), Types.BIGINT)
                    .param("text", text, Types.VARCHAR)
                    .param("limit", Math.max(1, limit))
                    .query((rs, n) -> new Card(PLACE.mapRow(rs, n), DEAL.mapRow(rs, n))).list();
            for (Card card : cards) {
                Stage stage = card.place().stage();
                deals.put(stage, card.place().stageDeals());
                amounts.put(stage, card.place().stageAmount());
                if (card.place().position() <= limits.getOrDefault(stage, 0)) {
                    rows.computeIfAbsent(stage, s -> new ArrayList<>()).add(card.deal());
                }
            }
        }
        return stages.stream().map(stage -> new Column(stage, List.copyOf(rows.getOrDefault(stage, List.of())),
                deals.getOrDefault(stage, 0), amounts.getOrDefault(stage, BigDecimal.ZERO))).toList();
    }

    private static String searchText(String text) {
        return text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
    }
}
