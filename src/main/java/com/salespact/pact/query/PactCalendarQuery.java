package com.salespact.pact.query;

import com.salespact.pact.PactCalendarRows;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link PactCalendarRows} in SQL. A manager's team is the one they manage, as at login (security.query.LoginQuery). */
@Component
class PactCalendarQuery implements PactCalendarRows {

    private static final String OF_PERSON = """
            select v.id, v.version as row_version, v.number, v.status, r.full_name as rep_name,
                   v.period_start, v.period_end,
                   case when v.rep_signed_at is null then false else true end as rep_signed,
                   case when exists (select 1 from pact_version n where n.pact_id = v.pact_id and n.status = 'SIGNED'
                                     and n.period_start > v.period_start) then 1 else 0 end as renewed
            from pact_version v
            join pact pa on pa.id = v.pact_id
            join person r on r.id = pa.rep_id
            where v.status in ('SIGNED', 'PROPOSED') and r.active = true
              and v.period_start is not null and v.period_end is not null
              and v.period_start <= :until and v.period_end >= :from
              and (r.id = :person
                   or (r.role = 'REP' and exists (select 1 from person m where m.id = :person and m.role = 'MANAGER'
                           and r.team_id = (select min(t.id) from team t where t.manager_id = m.id))))
            order by v.period_start, v.id
            """;

    private final JdbcClient jdbc;

    PactCalendarQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Row> ofPerson(long personId, LocalDate from, LocalDate until) {
        return jdbc.sql(OF_PERSON).param("person", personId).param("from", from).param("until", until)
                .query(Row.class).list();
    }
}
