package com.salespact.dashboard.ui;

import com.salespact.base.ui.Html;
import com.salespact.base.ui.HtmlTable;
import com.salespact.base.ui.PaceBadge;
import com.salespact.base.ui.UserFormats;
import com.salespact.dashboard.query.TeamStanding;
import com.salespact.people.TeamSummary;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The company dashboard's teams, behind first: won against the team target, the pace of the team and how many of its
 * reps are behind. Each team's name links to that team's dashboard for the same period.
 */
class CompanyTeamsTable extends HtmlTable<TeamStanding> {

    private final Map<Long, String> names;
    private String period = "quarter";

    CompanyTeamsTable(List<TeamSummary> teams) {
        names = teams.stream().collect(Collectors.toMap(TeamSummary::id, TeamSummary::name));
        setId("company-teams");
        addMarkupColumn(getTranslation("dashboard.team"), team -> "<a router-link href=\""
                + Html.escape(DashboardNavigation.teamLocation(team.teamId(), period)) + "\">"
                + Html.escape(name(team)) + "</a>");
        addNumberColumn(getTranslation("dashboard.won"), team -> UserFormats.current().money(team.figures().actualRevenue()));
        addNumberColumn(getTranslation("dashboard.due"), team -> UserFormats.current().money(team.figures().dueTarget()));
        addMarkupColumn(getTranslation("dashboard.pace"), team -> PaceBadge.html(this, team.pace(), team.attainment()));
        addNumberColumn(getTranslation("dashboard.company.reps-behind"),
                team -> getTranslation("dashboard.company.reps-behind-of", UserFormats.current().count(team.repsBehind()),
                        UserFormats.current().count(team.reps())));
    }

    /** The teams in the order given (behind first), linking to their dashboards for {@code periodName}. */
    void show(List<TeamStanding> teams, String periodName) {
        period = periodName;
        setItems(teams);
    }

    /** The team's name (for the attainment chart too). */
    String name(TeamStanding team) {
        return names.getOrDefault(team.teamId(), String.valueOf(team.teamId()));
    }
}
