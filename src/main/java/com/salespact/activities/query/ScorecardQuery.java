package com.salespact.activities.query;

import com.salespact.activities.MinimumStandards;
import com.salespact.base.DateRange;
import com.salespact.people.AccessGuard;
import com.salespact.people.DataScope;
import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Activities against minimum standards per rep and week, counted in one aggregate statement. A week is held to the
 * standards that governed it when it started: the MAS lines of the pact version whose standards window
 * ({@code standards_from}, a Monday after countersigning, to {@code standards_until}) contains the week's Monday
 * (monthly and quarterly minimums converted to a week, rounded up; a metric the pact leaves out has no floor).
 * Without such a version the company's {@link MinimumStandards} apply, so new standards never reach backwards.
 */
@Component
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ScorecardQuery {

    private static final String COUNTS = """
            select p.id, p.full_name,
                   (select count(*) from activity a where a.rep_id = p.id and a.kind = 'CALL'
                      and a.activity_date between :from and :to) as calls,
                   (select count(*) from activity a where a.rep_id = p.id and a.kind = 'MEETING'
                      and a.activity_date between :from and :to) as meetings,
                   (select count(*) from activity a where a.rep_id = p.id and a.kind = 'PROPOSAL'
                      and a.activity_date between :from and :to) as proposals,
                   (select count(*) from deal d where d.owner_id = p.id
                      and d.opened_on between :from and :to) as opportunities,
                   case when gv.id is null then 0 else 1 end as signed,
                   %s
            from person p
            left join pact_version gv on gv.id = (
                  select pv.id from pact_version pv join pact pa on pa.id = pv.pact_id
                  where pa.rep_id = p.id and pv.status in ('SIGNED', 'SUPERSEDED')
                    and pv.standards_from <= :from and pv.standards_until >= :from
                  order by pv.standards_from desc fetch first 1 rows only)
            where p.role = 'REP' and p.active = true
              and (cast(:team as bigint) is null or p.team_id = :team)
              and (cast(:person as bigint) is null or p.id = :person)
            order by p.full_name
            """.formatted(String.join(",\n", pactMinimum("CALLS"), pactMinimum("MEETINGS"),
            pactMinimum("NEW_OPPORTUNITIES"), pactMinimum("PROPOSALS")));

    /** The governing version's weekly minimum for a metric, null when it (or the rep) has none. */
    private static String pactMinimum(String metric) {
        return """
                (select max(ml.minimum * case ml.per_period when 'WEEK' then 52 when 'MONTH' then 12 else 4 end / 52.0)
                   from mas_line ml where ml.pact_version_id = gv.id and ml.metric = '%1$s') as min_%1$s""".formatted(metric);
    }

    /** A row of {@link #COUNTS}; a pact minimum is null when the governing version (or the rep) has none. */
    private record Counts(long id, String fullName, long calls, long meetings, long proposals, long opportunities,
                          int signed, BigDecimal minCalls, BigDecimal minMeetings, BigDecimal minNewOpportunities,
                          BigDecimal minProposals) {
    }

    private final JdbcClient jdbc;
    private final MinimumStandards standards;
    private final AccessGuard guard;

    ScorecardQuery(JdbcClient jdbc, MinimumStandards standards, AccessGuard guard) {
        this.jdbc = jdbc;
        this.standards = standards;
        this.guard = guard;
    }

    public WeekScorecard rep(long repId, DateRange week, LocalDate asOf) {
        guard.checkOwner(repId);
        return compute(null, repId, week, asOf).stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No active rep " + repId));
    }

    public List<WeekScorecard> team(long teamId, DateRange week, LocalDate asOf) {
        guard.checkTeam(teamId);
        return compute(teamId, null, week, asOf);
    }

    /**
     * A team's week for the people who lead it: every active rep against their standards, reps behind first
     * ({@link WeekScorecard#BEHIND_FIRST}). Managers get their own team, admins any; reps (who see their team's
     * scorecard on the shared dashboard, by name) and wall screens are refused.
     * @throws org.springframework.security.access.AccessDeniedException for a rep, a display, or a manager asking for
     *         another team
     */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public List<WeekScorecard> teamWeek(long teamId, DateRange week, LocalDate asOf) {
        guard.checkTeam(teamId);
        return compute(teamId, null, week, asOf).stream().sorted(WeekScorecard.BEHIND_FIRST).toList();
    }

    public List<WeekScorecard> visible(DateRange week, LocalDate asOf) {
        DataScope scope = guard.scope();
        return compute(scope.teamId(), scope.personId(), week, asOf);
    }

    private List<WeekScorecard> compute(Long teamId, Long personId, DateRange week, LocalDate asOf) {
        BigDecimal elapsed = elapsedShare(week, asOf);
        return jdbc.sql(COUNTS).param("from", week.start()).param("to", week.end())
                .param("team", teamId, Types.BIGINT).param("person", personId, Types.BIGINT)
                .query(Counts.class).list().stream().map(row -> card(row, week, elapsed)).toList();
    }

    private WeekScorecard card(Counts row, DateRange week, BigDecimal elapsed) {
        boolean pact = row.signed() > 0;
        return new WeekScorecard(row.id(), row.fullName(), week, List.of(
                line(ScoreLine.Metric.CALLS, (int) row.calls(),
                        minimum(pact, row.minCalls(), standards.callsPerWeek()), elapsed),
                line(ScoreLine.Metric.MEETINGS, (int) row.meetings(),
                        minimum(pact, row.minMeetings(), standards.meetingsPerWeek()), elapsed),
                line(ScoreLine.Metric.NEW_OPPORTUNITIES, (int) row.opportunities(),
                        minimum(pact, row.minNewOpportunities(), standards.newOpportunitiesPerWeek()), elapsed),
                line(ScoreLine.Metric.PROPOSALS, (int) row.proposals(),
                        minimum(pact, row.minProposals(), standards.proposalsPerWeek()), elapsed)),
                pact);
    }

    private static int minimum(boolean pact, BigDecimal pactWeekly, int companyDefault) {
        if (!pact) {
            return companyDefault;
        }
        return pactWeekly == null ? 0 : pactWeekly.setScale(0, java.math.RoundingMode.CEILING).intValueExact();
    }

    private static ScoreLine line(ScoreLine.Metric metric, int actual, int minimum, BigDecimal elapsed) {
        return new ScoreLine(metric, actual, minimum, BigDecimal.valueOf(minimum).multiply(elapsed, MathContext.DECIMAL64));
    }

    /** Share of the week's working days elapsed by {@code asOf} (1 for past weeks). */
    static BigDecimal elapsedShare(DateRange week, LocalDate asOf) {
        int total = week.workingDays();
        if (total == 0) {
            return BigDecimal.ONE;
        }
        return BigDecimal.valueOf(week.workingDaysElapsed(asOf)).divide(BigDecimal.valueOf(total), MathContext.DECIMAL64);
    }
}
