package com.salespact.api;

import com.salespact.base.CompanySettings;
import com.salespact.base.DateRange;
import com.salespact.base.Pace;
import com.salespact.base.PeriodKind;
import com.salespact.goals.GoalService;
import com.salespact.goals.TargetLine;
import com.salespact.goals.TeamTargetLine;
import com.salespact.goals.YearTargets;
import com.salespact.goals.query.PaceQuery;
import com.salespact.goals.query.RepPace;
import com.salespact.goals.query.TeamPace;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Targets and pace, read only, from the same services and queries as the targets page and the dashboard: a team
 * token reads its team, an all-teams token every team.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Targets and pace")
class ApiGoalsController {

    record RepTarget(long personId, String name, Long teamId, BigDecimal revenue, BigDecimal minGrossProfit,
                     List<BigDecimal> monthlyRevenue) {
    }

    record TeamTarget(long teamId, String name, boolean explicit, BigDecimal revenue, BigDecimal minGrossProfit,
                      List<BigDecimal> monthlyRevenue) {
    }

    record Targets(int fiscalYear, List<TeamTarget> teams, List<RepTarget> reps) {
    }

    record RepFigures(long personId, String name, BigDecimal actualRevenue, BigDecimal target, BigDecimal dueTarget,
                      BigDecimal attainment, Pace pace) {
    }

    record TeamFigures(Long teamId, BigDecimal actualRevenue, BigDecimal actualGrossProfit, BigDecimal target,
                       BigDecimal dueTarget, BigDecimal attainment, Pace pace, List<RepFigures> reps) {
    }

    /** {@code attainment} is actual ÷ the target due by {@code asOf} (pro-rated by working days); null if none due. */
    record PaceAnswer(PeriodKind period, LocalDate start, LocalDate end, LocalDate asOf, List<TeamFigures> teams) {
    }

    private final GoalService goals;
    private final PaceQuery pace;
    private final CompanySettings settings;
    private final Clock clock;

    ApiGoalsController(GoalService goals, PaceQuery pace, CompanySettings settings, Clock clock) {
        this.goals = goals;
        this.pace = pace;
        this.settings = settings;
        this.clock = clock;
    }

    /** The fiscal year's targets (this year unless {@code year} is given). */
    @GetMapping("/targets")
    Targets targets(@RequestParam(required = false) Integer year) {
        YearTargets targets = goals.year(year == null ? goals.currentFiscalYear() : year);
        return new Targets(targets.fiscalYear(), targets.teams().stream().map(ApiGoalsController::team).toList(),
                targets.reps().stream().map(ApiGoalsController::rep).toList());
    }

    /** The team's sales against target in this WEEK, MONTH, QUARTER (default) or YEAR, as the dashboard shows it. */
    @GetMapping("/pace")
    PaceAnswer teamPace(@RequestParam(required = false) PeriodKind period) {
        PeriodKind kind = period == null ? PeriodKind.QUARTER : period;
        LocalDate today = LocalDate.now(clock);
        DateRange range = kind.rangeOf(settings.calendar(), today);
        Long teamId = caller().teamId();
        List<TeamFigures> teams = teamId != null ? List.of(figures(teamId, pace.team(teamId, range, today)))
                : pace.teams(range, today).entrySet().stream()
                .map(team -> figures(team.getKey(), team.getValue())).toList();
        return new PaceAnswer(kind, range.start(), range.end(), today, teams);
    }

    private static ApiCaller caller() {
        return (ApiCaller) SecurityContextHolder.getContext().getAuthentication().getDetails();
    }

    private static TeamFigures figures(Long teamId, TeamPace team) {
        return new TeamFigures(teamId, team.actualRevenue(), team.actualGrossProfit(), team.target(), team.dueTarget(),
                team.attainment(), team.pace(), team.reps().stream().map(ApiGoalsController::rep).toList());
    }

    private static RepFigures rep(RepPace rep) {
        return new RepFigures(rep.personId(), rep.fullName(), rep.actualRevenue(), rep.target(), rep.dueTarget(),
                rep.attainment(), rep.pace());
    }

    private static RepTarget rep(TargetLine line) {
        return new RepTarget(line.personId(), line.name(), line.teamId(), line.revenue(), line.minGrossProfit(),
                line.monthlyRevenue());
    }

    private static TeamTarget team(TeamTargetLine line) {
        return new TeamTarget(line.teamId(), line.name(), line.explicit(), line.revenue(), line.minGrossProfit(),
                line.monthlyRevenue());
    }
}
