package com.salespact.activities.ui;

import com.salespact.activities.query.ScoreLine;
import com.salespact.activities.query.ScorecardQuery;
import com.salespact.activities.query.WeekScorecard;
import com.salespact.base.DateRange;
import com.salespact.base.ui.PaceBadge;
import com.salespact.base.ui.UserFormats;
import com.salespact.people.TeamSummary;
import com.vaadin.flow.component.combobox.ComboBox;
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

    final ComboBox<TeamSummary> teamPicker = new ComboBox<>();
    final Grid<WeekScorecard> grid = new Grid<>();
    private final H3 heading = new H3();
    private final ScorecardQuery scorecards;
    private final List<TeamSummary> teams;
    /** Set while {@link #show} moves the picker, so its listener stays quiet. */
    private boolean loading;
    private TeamSummary shown;

    /**
     * @param teams      the teams the signed-in person may see
     * @param teamChosen told when the user picks another team
     * @param repChosen  told when the user clicks a rep
     */
    TeamWeekSection(ScorecardQuery scorecards, List<TeamSummary> teams, LongConsumer teamChosen,
                    LongConsumer repChosen) {
        this.scorecards = scorecards;
        this.teams = teams;
        setId("activities-team-week");
        addClassName("activities-team-week");
        heading.setId("activities-team-heading");

        teamPicker.setId("activities-team");
        teamPicker.setLabel(getTranslation("activities.team.choose"));
        teamPicker.setItems(teams);
        teamPicker.setItemLabelGenerator(TeamSummary::name);
        teamPicker.setVisible(teams.size() > 1);
        teamPicker.addValueChangeListener(event -> {
            if (!loading && event.getValue() != null) {
                teamChosen.accept(event.getValue().id());
            }
        });

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
        TeamSummary team = teams.stream().filter(candidate -> teamId != null && candidate.id() == teamId).findFirst()
                .orElse(teams.isEmpty() ? null : teams.getFirst());
        shown = team;
        setVisible(team != null);
        if (team == null) {
            return null;
        }
        loading = true;
        try {
            teamPicker.setValue(team);
        } finally {
            loading = false;
        }
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
        return teams.size() > 1;
    }
}
