package com.salespact.pact.query;

import com.salespact.pact.PactRows;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link PactRows} in SQL: the pact list in one statement, mapped to its record by column name. */
@Component
class PactQuery implements PactRows {

    /**
     * Per rep: the version in force today, next period's signed version (the earliest waiting to start), the open
     * version, whether a governing version's targets still match the rep's targets, and the ladder standing.
     */
    private static final String OVERVIEW = """
            select p.id, p.full_name,
                   iv.id as signed_id, iv.number as signed_number, iv.manager_signed_at, iv.valid_from, iv.valid_until,
                   nv.id as next_id, nv.number as next_number, nv.valid_from as next_from,
                   ov.id as open_id, ov.number as open_number, ov.status as open_status,
                   ov.rep_signed_at as open_rep_signed, ov.last_step as open_last_step,
                   ov.period_start as open_period_start,
                   case when exists (select 1 from pact_target pt
                                     join target t on t.person_id = p.id and t.fiscal_year = pt.fiscal_year
                                     where pt.pact_version_id in (iv.id, nv.id)
                                       and (t.revenue <> pt.revenue or t.min_gross_profit <> pt.min_gross_profit))
                        then 1 else 0 end as out_of_step,
                   ls.rung, ls.rung_count, ls.ladder_trigger, ls.consequence, ls.reason, ls.week_start
            from person p
            left join pact pa on pa.rep_id = p.id
            left join pact_version iv on iv.pact_id = pa.id and iv.status in ('SIGNED', 'SUPERSEDED')
                  and iv.valid_from <= :today and iv.valid_until >= :today
            left join pact_version nv on nv.pact_id = pa.id and nv.status = 'SIGNED' and nv.valid_from > :today
                  and not exists (select 1 from pact_version x where x.pact_id = pa.id and x.status = 'SIGNED'
                                  and x.valid_from > :today and x.valid_from < nv.valid_from)
            left join pact_version ov on ov.pact_id = pa.id and ov.status in ('DRAFT', 'PROPOSED')
            left join ladder_standing ls on ls.rep_id = p.id
            where p.role = 'REP' and p.active = true
              and (cast(:team as bigint) is null or p.team_id = :team)
              and (cast(:person as bigint) is null or p.id = :person)
            order by p.full_name
            """;

    private static final String OUT_OF_STEP = """
            select count(*) from pact_target pt join pact_version pv on pv.id = pt.pact_version_id
            join pact pa on pa.id = pv.pact_id
            join target t on t.person_id = pa.rep_id and t.fiscal_year = pt.fiscal_year
            where pt.pact_version_id = :version and pv.status = 'SIGNED'
              and (t.revenue <> pt.revenue or t.min_gross_profit <> pt.min_gross_profit)""";

    private final JdbcClient jdbc;

    PactQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<OverviewRow> overview(Long teamId, Long personId, LocalDate today) {
        return jdbc.sql(OVERVIEW).param("team", teamId, Types.BIGINT).param("person", personId, Types.BIGINT)
                .param("today", today).query(OverviewRow.class).list();
    }

    @Override
    public boolean outOfStep(long versionId) {
        Long differing = jdbc.sql(OUT_OF_STEP).param("version", versionId).query(Long.class).single();
        return differing != null && differing > 0;
    }
}
