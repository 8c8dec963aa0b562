package com.salespact.goals.ui;

import com.salespact.base.ui.UserFormats;
import com.salespact.base.FiscalCalendar;
import com.salespact.goals.TargetLine;
import com.salespact.goals.TeamTargetLine;
import com.salespact.goals.YearTargets;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The year's targets as rows: each team (the sum of its reps, or set explicitly) followed by its reps. */
class TargetsGrid extends Grid<TargetsView.Row> {

    TargetsGrid(FiscalCalendar calendar) {
        setId("targets-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        addColumn(LitRenderer.<TargetsView.Row>of("""
                        <div style="display:flex;flex-direction:column;line-height:1.3">
                          <span style="font-weight:${item.weight}">${item.name}</span>
                          <span style="font-size:var(--lumo-font-size-s);color:var(--lumo-secondary-text-color)">${item.note}</span>
                        </div>""")
                        .withProperty("name", TargetsView.Row::name).withProperty("note", TargetsView.Row::note)
                        .withProperty("weight", row -> row.team() ? "600" : "400"))
                .setHeader(getTranslation("targets.col.name")).setFlexGrow(2).setKey("name");
        addColumn(row -> row.hasAmounts() ? UserFormats.current().money(row.revenue()) : "—")
                .setHeader(getTranslation("targets.col.revenue")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setKey("revenue");
        addColumn(row -> row.hasAmounts() ? UserFormats.current().money(row.minGrossProfit()) : "—")
                .setHeader(getTranslation("targets.col.min-gp")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setKey("minGp");
        addColumn(new ComponentRenderer<>(row -> new MonthSpread(row.months(), calendar.startMonth(), getLocale())))
                .setHeader(getTranslation("targets.col.months")).setFlexGrow(1).setKey("months");
        setAllRowsVisible(true);
    }

    /** Shows the year's rows, each team followed by its reps, then reps without a team shown. @return the rows */
    List<TargetsView.Row> show(YearTargets targets) {
        List<TargetsView.Row> rows = new ArrayList<>();
        for (TeamTargetLine team : targets.teams()) {
            rows.add(TargetsView.Row.of(team, this::note));
            targets.repsOf(team.teamId()).forEach(rep -> rows.add(TargetsView.Row.of(rep, note(rep))));
        }
        targets.reps().stream()
                .filter(rep -> targets.teams().stream().noneMatch(team -> Objects.equals(rep.teamId(), team.teamId())))
                .forEach(rep -> rows.add(TargetsView.Row.of(rep, note(rep))));
        setItems(rows);
        return rows;
    }

    private String note(TargetLine rep) {
        return rep.hasTarget() ? rep.username() : getTranslation("targets.none");
    }

    private String note(TeamTargetLine team) {
        return team.explicit() ? getTranslation("targets.team.explicit", UserFormats.current().money(team.repsRevenue()))
                : getTranslation("targets.team.sum");
    }
}
