package com.salespact.dashboard.query;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.salespact.activities.query.ScorecardQuery;
import com.salespact.base.CompanySettings;
import com.salespact.base.DateRange;
import com.salespact.base.FiscalCalendar;
import com.salespact.base.LiveUpdates;
import com.salespact.base.PeriodKind;
import com.salespact.deals.query.PipelineQuery;
import com.salespact.goals.query.PaceQuery;
import com.salespact.goals.query.TeamPace;
import com.salespact.people.AccessGuard;
import java.time.Duration;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * The team dashboard's figures, read once per team, period and change and shared by every screen showing them.
 * <p>
 * Fifty people watching one team's dashboard while the team logs calls would otherwise run the same seven
 * aggregate statements fifty times per change. A read is current while the team's {@link LiveUpdates#version}
 * (bumped by every committed deal, activity, target or import change, also from other nodes) is unchanged, and for
 * at most {@link #MAX_AGE} regardless, for the few changes that publish no event (a pact signed, a rep moved). Each
 * caller's access to the team is still checked; concurrent callers of a missing entry wait for one read (Caffeine).
 */
@Component
@PreAuthorize("isAuthenticated()")
public class TeamBoardQuery {

    static final Duration MAX_AGE = Duration.ofSeconds(10);

    /** A team's figures for a period as of a day, at a version of the team's data. */
    private record Key(long teamId, PeriodKind kind, LocalDate asOf, long version) {
    }

    private final PaceQuery pace;
    private final TeamDashboardQuery dashboard;
    private final PipelineQuery pipeline;
    private final ScorecardQuery scorecards;
    private final AccessGuard guard;
    private final LiveUpdates live;
    private final FiscalCalendar calendar;
    /** A newer version or day is a new key; old keys age out. Concurrent callers of a missing key wait for one read. */
    private final Cache<Key, TeamBoard> boards = Caffeine.newBuilder().expireAfterWrite(MAX_AGE).maximumSize(1_000)
            .build();

    TeamBoardQuery(PaceQuery pace, TeamDashboardQuery dashboard, PipelineQuery pipeline, ScorecardQuery scorecards,
                   AccessGuard guard, LiveUpdates live, CompanySettings settings) {
        this.pace = pace;
        this.dashboard = dashboard;
        this.pipeline = pipeline;
        this.scorecards = scorecards;
        this.guard = guard;
        this.live = live;
        this.calendar = settings.calendar();
    }

    /** @throws org.springframework.security.access.AccessDeniedException for a team outside the caller's scope */
    public TeamBoard team(long teamId, PeriodKind kind, LocalDate asOf) {
        guard.checkTeam(teamId);
        return boards.get(new Key(teamId, kind, asOf, live.version(teamId)), this::read);
    }

    /**
     * Every team at once for an admin: the teams' figures summed, each team as its own dashboard has it, behind
     * first. Read on each call (a handful of admins), with the team dashboard's statements in company scope.
     * @throws org.springframework.security.access.AccessDeniedException for anyone but an admin
     */
    public CompanyBoard company(PeriodKind kind, LocalDate asOf) {
        guard.checkCompany();
        DateRange range = kind.rangeOf(calendar, asOf);
        java.util.Map<Long, TeamPace> teams = pace.teams(range, asOf);
        return new CompanyBoard(kind, range, asOf, TeamPace.total(teams.values()),
                teams.entrySet().stream().map(team -> new TeamStanding(team.getKey(), team.getValue()))
                        .sorted(TeamStanding.BEHIND_FIRST).toList(),
                dashboard.companySalesCurve(kind, range, asOf), dashboard.companyStageTotals(),
                pipeline.companyOpenTotal(new DateRange(asOf, range.end())),
                dashboard.companyCommitRemaining(range, asOf));
    }

    private TeamBoard read(Key key) {
        DateRange range = key.kind().rangeOf(calendar, key.asOf());
        TeamPace teamPace = pace.team(key.teamId(), range, key.asOf());
        return new TeamBoard(key.teamId(), key.kind(), range, key.asOf(), teamPace,
                dashboard.salesCurve(key.teamId(), key.kind(), range, key.asOf()),
                dashboard.stageTotals(key.teamId()),
                scorecards.team(key.teamId(), FiscalCalendar.isoWeekOf(key.asOf()), key.asOf()),
                pipeline.teamOpenTotal(key.teamId(), new DateRange(key.asOf(), range.end())),
                dashboard.commitRemaining(key.teamId(), range, key.asOf()));
    }
}
