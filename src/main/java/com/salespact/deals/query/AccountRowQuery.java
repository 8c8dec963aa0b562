package com.salespact.deals.query;

import com.salespact.base.DateRange;
import com.salespact.deals.AccountChoice;
import com.salespact.deals.AccountFilter;
import com.salespact.deals.AccountRow;
import com.salespact.deals.AccountRows;
import com.salespact.deals.Stage;
import com.salespact.people.DataScope;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Account rows with their open pipeline and this fiscal year's won revenue, summed by the database (one statement
 * per page, correlated sums on the indexed {@code deal.account_id}); no deal is loaded into Java.
 * Portable between H2 and PostgreSQL. Callers pass the scope; security checks stay in
 * {@link com.salespact.deals.AccountService}.
 */
@Component
class AccountRowQuery implements AccountRows {

    private static final String SELECT = """
            select a.id, a.name, a.external_id, a.owner_id, p.full_name as owner_name, a.account_class, a.business_type,
                   a.industry, a.city,
                   coalesce((select sum(d.amount) from deal d
                             where d.account_id = a.id and d.stage in (:openStages)), 0) as open_pipeline,
                   coalesce((select sum(d.amount) from deal d
                             where d.account_id = a.id and d.stage = 'WON'
                               and d.closed_on between :yearStart and :yearEnd), 0) as won_this_year
            from account a join person p on p.id = a.owner_id
            """;

    private static final String FILTER = """
            where (cast(:scopePerson as bigint) is null or a.owner_id = :scopePerson)
              and (cast(:scopeTeam as bigint) is null or p.team_id = :scopeTeam)
              and (cast(:ownerId as bigint) is null or a.owner_id = :ownerId)
              and (cast(:accountClass as varchar(1)) is null or a.account_class = :accountClass)
              and (cast(:businessType as varchar(10)) is null or a.business_type = :businessType)
              and (cast(:text as varchar(200)) is null or lower(a.name) like :text
                   or lower(a.external_id) like :text or lower(a.city) like :text or lower(a.industry) like :text)
            """;

    /** Sortable grid properties and the SQL they sort by; anything else is ignored (never concatenated raw). */
    private static final Map<String, String> SORTABLE = Map.of(
            "name", "lower(a.name)",
            "externalId", "a.external_id",
            "ownerName", "p.full_name",
            "accountClass", "a.account_class",
            "businessType", "a.business_type",
            "industry", "a.industry",
            "city", "a.city",
            "openPipeline", "open_pipeline",
            "wonThisYear", "won_this_year");

    private final JdbcClient jdbc;

    AccountRowQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<AccountRow> rows(DataScope scope, AccountFilter filter, DateRange fiscalYear, int offset, int limit, Sort sort) {
        MapSqlParameterSource params = filterParams(scope, filter);
        addFigureParams(params, fiscalYear);
        params.addValue("offset", Math.max(0, offset)).addValue("limit", Math.max(1, limit));
        return jdbc.sql(SELECT + FILTER + orderBy(sort) + " offset :offset rows fetch next :limit rows only")
                .paramSource(params).query(AccountRow.class).list();
    }

    @Override
    public long count(DataScope scope, AccountFilter filter) {
        Long count = jdbc.sql("select count(*) from account a join person p on p.id = a.owner_id " + FILTER)
                .paramSource(filterParams(scope, filter)).query(Long.class).single();
        return count == null ? 0 : count;
    }

    @Override
    public Optional<AccountRow> row(long accountId, DateRange fiscalYear) {
        MapSqlParameterSource params = new MapSqlParameterSource("id", accountId);
        addFigureParams(params, fiscalYear);
        return jdbc.sql(SELECT + " where a.id = :id").paramSource(params).query(AccountRow.class).optional();
    }

    @Override
    public List<AccountChoice> choices(DataScope scope, String text, int offset, int limit) {
        MapSqlParameterSource params = filterParams(scope, AccountFilter.all().withText(text))
                .addValue("offset", Math.max(0, offset)).addValue("limit", Math.max(1, limit));
        return jdbc.sql("select a.id, a.name, a.owner_id from account a join person p on p.id = a.owner_id "
                        + FILTER + " order by lower(a.name), a.id offset :offset rows fetch next :limit rows only")
                .paramSource(params).query(AccountChoice.class).list();
    }

    @Override
    public boolean externalIdTaken(String externalId, Long exceptAccountId) {
        Long count = jdbc.sql("""
                        select count(*) from account
                        where external_id = :externalId and (cast(:except as bigint) is null or id <> :except)""")
                .param("externalId", externalId).param("except", exceptAccountId, Types.BIGINT)
                .query(Long.class).single();
        return count != null && count > 0;
    }

    private static MapSqlParameterSource filterParams(DataScope scope, AccountFilter filter) {
        return new MapSqlParameterSource()
                .addValue("scopePerson", scope.personId(), Types.BIGINT)
                .addValue("scopeTeam", scope.teamId(), Types.BIGINT)
                .addValue("ownerId", filter.ownerId(), Types.BIGINT)
                .addValue("accountClass", filter.accountClass() == null ? null : filter.accountClass().name(),
                        Types.VARCHAR)
                .addValue("businessType", filter.businessType() == null ? null : filter.businessType().name(),
                        Types.VARCHAR)
                .addValue("text", like(filter.text()), Types.VARCHAR);
    }

    private static void addFigureParams(MapSqlParameterSource params, DateRange fiscalYear) {
        params.addValue("openStages", Stage.openStages().stream().map(Stage::name).toList())
                .addValue("yearStart", fiscalYear.start(), Types.DATE)
                .addValue("yearEnd", fiscalYear.end(), Types.DATE);
    }

    private static String orderBy(Sort sort) {
        List<String> terms = new ArrayList<>();
        if (sort != null) {
            for (Sort.Order order : sort) {
                String column = SORTABLE.get(order.getProperty());
                if (column != null) {
                    terms.add(column + (order.isAscending() ? " asc" : " desc"));
                }
            }
        }
        if (terms.isEmpty()) {
            terms.add(SORTABLE.get("name"));
        }
        terms.add("a.id");
        return " order by " + String.join(", ", terms);
    }

    private static String like(String text) {
        return text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
    }
}
