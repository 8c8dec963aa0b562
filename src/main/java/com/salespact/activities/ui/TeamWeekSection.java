package com.salespact.activities.ui;

import com.salespact.activities.query.ScoreLine;
import com.salespact.activities.query.ScorecardQuery;
import com.salespact.activities.query.WeekScorecard;
import com.salespact.base.DateRange;
import com.salespact.base.ui.PaceBadge;
import com.salespact.base.ui.TeamPicker;
import com.salespact.base.ui.UserFormats;
import com.salespact.people.TeamSummary;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * A manager's team this week before a rep is picked: per rep, each minimum standard as done / standard in its pace
 * colour (against what is due by today), reps behind first. A click opens that rep's activities. Those who see several
 * teams (admins) choose the team here.
 */
class TeamWeekSection extends Div {

    final TeamPicker<TeamSummary> teamPicker;
    final Grid<WeekScorecard> grid = new Grid<>();
    private final H3 heading = new H3();
    private final ScorecardQuery scorecards;
    private TeamSummary shown;

    /**
     * @param teams      the teams the signed-in person may see
     * @param teamChosen told when the user picks another team
     * @param repChosen  told when the user clicks a rep
     */
    TeamWeekSection(ScorecardQuery scorecards, List<TeamSummary> teams, LongConsumer teamChosen,
                    LongConsumer repChosen) {
        this.scorecards = scorecards;
        setId("activities-team-week");
        addClassName("activities-team-week");
        heading.setId("activities-team-heading");

        teamPicker = new TeamPicker<>("activities-team", getTranslation("activities.team.choose"), teams, TeamSummary::id, TeamSummary::name,
                teamChosen);

        grid.setId("activities-team-reps");
        grid.addColumn(WeekScorecard::repName).setKey("rep").setHeader(getTranslation("activities.rep"))
                .setFlexGrow(2);
        for (ScoreLine.Metric metric : ScoreLine.Metric.values()) {
            grid.addComponentColumn(card -> cell(card.line(metric))).setKey(metric.name())
                    .setHeader(getTranslation("mas." + metric.name())).setWidth("6.5em"); // a whole badge
        }
        grid.addColumn(card -> getTranslation(card.fromPact() ? "activities.team.from-pact"
                : "activities.team.from-company")).setKey("standards")
                .setHeader(getTranslation("activities.team.standards"));
        grid.setEmptyStateText(getTranslation("activities.team.no-reps"));
        grid.addItemClickListener(event -> repChosen.accept(event.getItem().repId()));
        grid.setAllRowsVisible(true);
        // On a tablet names, headers and "Company default" wrap instead of being cut.
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);

        Paragraph hint = new Paragraph(getTranslation("activities.team.hint"));
        hint.addClassName("activities-team-hint");
        add(heading, teamPicker, grid, hint);
    }

    /** "12 / 40" in the pace colour of what was due by today; a standard the pact leaves out has no floor. */
    private Span cell(ScoreLine line) {
        Span cell = PaceBadge.cell(line.shownPace(), line.figure());
        cell.getElement().setAttribute("title", getTranslation("activities.due-by-now",
                UserFormats.current().count(line.dueByNow().setScale(0, RoundingMode.HALF_UP).longValue())));
        return cell;
    }

    /**
     * Shows a team's week; no team, or one the person may not see, means their first team.
     * @return the team shown, null when the person sees no team (then nothing is shown)
     */
    TeamSummary show(Long teamId, DateRange week, LocalDate asOf) {
        TeamSummary team = teamPicker.pick(teamId);
        shown = team;
        setVisible(team != null);
        if (team == null) {
            return null;
        }
        teamPicker.show(team);
        heading.setText(getTranslation("activities.team.heading", team.name(),
                UserFormats.current().dateRange(week.start(), week.end())));
        grid.setItems(scorecards.teamWeek(team.id(), week, asOf));
        return team;
    }

    /** The team shown, null before {@link #show} or when the person sees no team. */
    TeamSummary team() {
        return shown;
    }

    /** Whether the team is a choice, and so belongs in the address. */
    boolean choosesTeam() {
        return teamPicker.choosesTeam();
    }
}
