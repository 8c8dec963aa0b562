package com.salespact.goals.query;

import com.salespact.goals.Seasonality;
import com.salespact.goals.TargetRevisionLine;
import com.salespact.goals.TargetRows;
import java.math.BigDecimal;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link TargetRows} in SQL: a year's reps and teams in one statement, each list mapped to records by name. */
@Component
class TargetQuery implements TargetRows {

    private static final String WEIGHT_COLUMNS = IntStream.rangeClosed(1, Seasonality.MONTHS)
            .mapToObj(m -> "max(case when w.fiscal_month = " + m + " then w.weight end) as w" + m)
            .collect(Collectors.joining(", "));

    private static final String REPS_SUM = """
            select coalesce(sum(rt.revenue), 0) from target rt join person rp on rp.id = rt.person_id
            where rp.team_id = tm.id and rp.role = 'REP' and rp.active = true and rt.fiscal_year = :year""";

    /** Reps and teams of a year in one statement; weights pivoted into w1..w12. */
    private static final String YEAR = """
            select 'REP' as kind, p.id as owner_id, p.full_name as name, p.username as username, p.team_id as team_id,
                   t.id as target_id, t.version as version, t.revenue as revenue, t.min_gross_profit as min_gp,
                   t.explicit_team as explicit_team,
                   cast(null as numeric(14,2)) as reps_revenue, cast(null as numeric(14,2)) as reps_min_gp, %1$s
            from person p
            left join target t on t.person_id = p.id and t.fiscal_year = :year
            left join target_month_weight w on w.target_id = t.id
            where p.role = 'REP' and p.active = true
              and (cast(:team as bigint) is null or p.team_id = :team)
              and (cast(:person as bigint) is null or p.id = :person)
            group by p.id, p.full_name, p.username, p.team_id, t.id, t.version, t.revenue, t.min_gross_profit,
                     t.explicit_team
            union all
            select 'TEAM', tm.id, tm.name, cast(null as varchar(60)), tm.id,
                   t.id, t.version, t.revenue, t.min_gross_profit, t.explicit_team,
                   (%2$s), (%3$s), %1$s
            from team tm
            left join target t on t.team_id = tm.id and t.fiscal_year = :year
            left join target_month_weight w on w.target_id = t.id
            where cast(:person as bigint) is null
              and (cast(:team as bigint) is null or tm.id = :team)
            group by tm.id, tm.name, t.id, t.version, t.revenue, t.min_gross_profit, t.explicit_team
            """.formatted(WEIGHT_COLUMNS, REPS_SUM, REPS_SUM.replace("rt.revenue", "rt.min_gross_profit"));

    private static final String TEAM_SUM = """
            select coalesce(sum(t.revenue), 0) as revenue, coalesce(sum(t.min_gross_profit), 0) as gp
            from target t join person p on p.id = t.person_id
            where p.team_id = :team and p.role = 'REP' and p.active = true and t.fiscal_year = :year""";

    private static final String HISTORY = """
            select r.id, r.changed_at, p.full_name as changed_by, r.reason, r.old_revenue, r.new_revenue, r.old_min_gp,
                   r.new_min_gp, r.weights
            from target_revision r left join person p on p.id = r.changed_by
            where r.target_id = :target
            order by r.changed_at desc, r.id desc""";

    /** A row of {@link #HISTORY}: the weights as stored text. */
    private record Revision(long id, Instant changedAt, String changedBy, String reason, BigDecimal oldRevenue,
                            BigDecimal newRevenue, BigDecimal oldMinGp, BigDecimal newMinGp, String weights) {

        TargetRevisionLine line() {
            return new TargetRevisionLine(id, changedAt, changedBy, reason, oldRevenue, newRevenue, oldMinGp, newMinGp,
                    weightsOrFlat(weights));
        }
    }

    private final JdbcClient jdbc;

    TargetQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Integer> fiscalYears() {
        return jdbc.sql("select distinct fiscal_year from target").query(Integer.class).list();
    }

    @Override
    public List<YearRow> year(int fiscalYear, Long teamId, Long personId) {
        return jdbc.sql(YEAR).param("year", fiscalYear).param("team", teamId, Types.BIGINT)
                .param("person", personId, Types.BIGINT).query(YearRow.class).list();
    }

    @Override
    public Sum repsSum(long teamId, int fiscalYear) {
        return jdbc.sql(TEAM_SUM).param("team", teamId).param("year", fiscalYear).query(Sum.class).single();
    }

    @Override
    public List<TargetRevisionLine> history(long targetId) {
        return jdbc.sql(HISTORY).param("target", targetId).query(Revision.class).list().stream()
                .map(Revision::line).toList();
    }

    private static Seasonality weightsOrFlat(String text) {
        try {
            return Seasonality.parse(text);
        } catch (RuntimeException unreadable) {
            return Seasonality.flat();
        }
    }
}
