package com.salespact.api.query;

import com.salespact.api.ApiDeal;
import com.salespact.deals.DealStatus;
import com.salespact.deals.Stage;
import com.salespact.people.DataScope;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deals for API clients, within the caller's scope (a team token: its team's reps' deals), in a stable order (id) so
 * that paging through a changing list skips nothing older. A deal outside the scope is simply not found, which the API
 * answers with 404 (never 403: it does not tell that the deal exists).
 */
@Component
public class ApiDealQuery {

    private static final String SELECT = """
            select d.id, d.external_id, d.version, d.name, d.account_id, a.name as account_name, d.owner_id,
                   p.full_name as owner_name, d.amount, d.gross_profit, d.stage, d.forecast_category,
                   d.expected_close_date, d.closed_on, d.next_step, d.lost_reason,
                   coalesce(d.updated_at, d.created_at) as updated_at
            from deal d join account a on a.id = d.account_id join person p on p.id = d.owner_id
            """;

    private static final String SCOPE = """
            where (cast(:scopePerson as bigint) is null or d.owner_id = :scopePerson)
              and (cast(:scopeTeam as bigint) is null or p.team_id = :scopeTeam)
            """;

    private static final String FILTER = """
              and (:allStages = true or d.stage in (:stages))
              and (cast(:since as timestamp with time zone) is null or coalesce(d.updated_at, d.created_at) >= :since)
            """;

    private final JdbcClient jdbc;

    ApiDealQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ApiDeal> page(DataScope scope, DealStatus status, OffsetDateTime updatedSince, int offset, int limit) {
        return jdbc.sql(SELECT + SCOPE + FILTER + " order by d.id offset :offset rows fetch next :limit rows only")
                .paramSource(filter(scope, status, updatedSince).addValue("offset", offset).addValue("limit", limit))
                .query(ApiDeal.class).list();
    }

    public long count(DataScope scope, DealStatus status, OffsetDateTime updatedSince) {
        Long count = jdbc.sql("select count(*) from deal d join person p on p.id = d.owner_id " + SCOPE + FILTER)
                .paramSource(filter(scope, status, updatedSince)).query(Long.class).single();
        return count == null ? 0 : count;
    }

    public Optional<ApiDeal> byId(DataScope scope, long id) {
        return jdbc.sql(SELECT + SCOPE + " and d.id = :id").paramSource(scope(scope).addValue("id", id))
                .query(ApiDeal.class).optional();
    }

    public Optional<ApiDeal> byExternalId(DataScope scope, String externalId) {
        return jdbc.sql(SELECT + SCOPE + " and d.external_id = :externalId")
                .paramSource(scope(scope).addValue("externalId", externalId)).query(ApiDeal.class).optional();
    }

    private static MapSqlParameterSource filter(DataScope scope, DealStatus status, OffsetDateTime since) {
        Set<Stage> stages = status == null ? null : status.stages();
        return scope(scope).addValue("allStages", stages == null)
                .addValue("stages", stages == null ? List.of("-") : stages.stream().map(Stage::name).toList())
                .addValue("since", since, Types.TIMESTAMP_WITH_TIMEZONE);
    }

    private static MapSqlParameterSource scope(DataScope scope) {
        return new MapSqlParameterSource()
                .addValue("scopePerson", scope.personId(), Types.BIGINT)
                .addValue("scopeTeam", scope.teamId(), Types.BIGINT);
    }
}
