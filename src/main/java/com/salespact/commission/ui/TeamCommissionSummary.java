package com.salespact.commission.ui;

import com.salespact.base.ui.TeamPicker;
import com.salespact.commission.CommissionFormat;
import com.salespact.commission.CommissionService;
import com.salespact.commission.RepCommission;
import com.salespact.commission.StatementPeriod;
import com.salespact.people.TeamSummary;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * A manager's team before a rep is picked: per rep, revenue won against the period's target, commission earned so far
 * and questions waiting for an answer, each from the rep's own statement. A click opens that statement. Those who see
 * several teams (admins) choose the team here.
 */
class TeamCommissionSummary extends Div {

    final TeamPicker<TeamSummary> teamPicker;
    final Grid<RepCommission> grid = new Grid<>();
    private final H3 heading = new H3();
    private final CommissionService commission;

    /**
     * @param teams      the teams the signed-in person may see
     * @param teamChosen told when the user picks another team
     * @param repChosen  told when the user clicks a rep
     */
    TeamCommissionSummary(CommissionService commission, List<TeamSummary> teams, LongConsumer teamChosen,
                          LongConsumer repChosen) {
        this.commission = commission;
        setId("commission-team-summary");
        addClassName("commission-team-summary");
        heading.setId("commission-team-heading");

        teamPicker = new TeamPicker<>("commission-team", getTranslation("commission.team.choose"), teams, TeamSummary::id, TeamSummary::name,
                teamChosen);

        CommissionFormat format = commission.format();
        grid.setId("commission-team-reps");
        grid.addColumn(RepCommission::repName).setKey("rep").setHeader(getTranslation("commission.rep"))
                .setFlexGrow(2);
        grid.addColumn(rep -> rep.target().signum() > 0
                        ? getTranslation("commission.team.revenue.of", format.money(rep.revenue()),
                                format.money(rep.target()))
                        : getTranslation("commission.team.revenue.no-target", format.money(rep.revenue())))
                .setKey("revenue").setHeader(getTranslation("commission.kpi.revenue")).setFlexGrow(2);
        grid.addColumn(rep -> format.formats().percent(rep.attainment())).setKey("attainment")
                .setHeader(getTranslation("commission.team.attainment")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(rep -> format.cents(rep.earned())).setKey("earned")
                .setHeader(getTranslation("commission.team.earned")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(RepCommission::openQuestions).setKey("questions")
                .setHeader(getTranslation("commission.team.questions")).setTextAlign(ColumnTextAlign.END);
        grid.setPartNameGenerator(rep -> rep.openQuestions() > 0 ? "commission-has-questions" : null);
        grid.setEmptyStateText(getTranslation("commission.team.no-reps"));
        grid.addItemClickListener(event -> repChosen.accept(event.getItem().repId()));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);

        Paragraph hint = new Paragraph(getTranslation("commission.team.hint"));
        hint.addClassName("commission-team-hint");
        add(heading, teamPicker, grid, hint);
    }

    /**
     * Shows a team's reps for the period; no team, or one the person may not see, means their first team.
     * @return the team shown, null when the person sees no team (then nothing is shown)
     */
    TeamSummary show(Long teamId, StatementPeriod period, String periodLabel) {
        TeamSummary team = teamPicker.pick(teamId);
        setVisible(team != null);
        if (team == null) {
            return null;
        }
        teamPicker.show(team);
        heading.setText(getTranslation("commission.team.heading", team.name(), periodLabel));
        grid.setItems(commission.teamSummary(team.id(), period));
        return team;
    }

    /** Whether the team is a choice, and so belongs in the address. */
    boolean choosesTeam() {
        return teamPicker.choosesTeam();
    }
}
