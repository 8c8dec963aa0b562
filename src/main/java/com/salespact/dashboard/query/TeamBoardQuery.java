package com.salespact.dashboard.query;

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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * The team dashboard's figures, read once per team, period and change and shared by every screen showing them.
 * <p>
 * Fifty people watching one team's dashboard while the team logs calls would otherwise run the same seven
 * aggregate statements fifty times per change. A read is current while the team's {@link LiveUpdates#version}
 * (bumped by every committed deal, activity, target or import change, also from other nodes) is unchanged, and for
 * at most {@link #MAX_AGE} regardless, for the few changes that publish no event (a pact signed, a rep moved). Each
 * caller's access to the team is still checked; concurrent callers of a stale entry wait for one read.
 */
@Component
@PreAuthorize("isAuthenticated()")
public class TeamBoardQuery {

    static final Duration MAX_AGE = Duration.ofSeconds(10);

    private record Key(long teamId, PeriodKind kind, LocalDate asOf) {
    }

    private record Entry(long version, long readAt, FutureTask<TeamBoard> board) {
        boolean current(long now, long version) {
            return this.version == version && now - readAt < MAX_AGE.toNanos();
        }
    }

    private final PaceQuery pace;
    private final TeamDashboardQuery dashboard;
    private final PipelineQuery pipeline;
    private final ScorecardQuery scorecards;
    private final AccessGuard guard;
    private final LiveUpdates live;
    private final FiscalCalendar calendar;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

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
        Key key = new Key(teamId, kind, asOf);
        long version = live.version(teamId);
        Entry entry = entries.compute(key, (k, existing) -> existing != null && existing.current(System.nanoTime(), version)
                ? existing : new Entry(version, System.nanoTime(), new FutureTask<>(() -> read(k))));
        if (entries.size() > 1) {
            entries.keySet().removeIf(old -> old.asOf().isBefore(asOf)); // yesterday's figures are nobody's
        }
        entry.board().run(); // reads once: a no-op for the callers after the first
        try {
            return entry.board().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the team's figures", e);
        } catch (ExecutionException e) {
            entries.remove(key, entry);
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
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
