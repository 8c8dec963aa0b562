package com.salespact.goals.ui;

import com.salespact.goals.GoalService;
import com.salespact.goals.Seasonality;
import com.salespact.goals.TargetCsvExport;
import com.salespact.goals.TargetLine;
import com.salespact.goals.TargetOwner;
import com.salespact.goals.TargetRights;
import com.salespact.goals.TeamTargetLine;
import com.salespact.goals.YearTargets;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Targets of a fiscal year: the team row (the sum of its reps, or set explicitly) and each rep, with revenue, minimum
 * gross profit and the monthly spread. What the signed-in person may do comes from {@link GoalService#rights()}:
 * managers (their team) and admins edit a target with a reason, see its history and import/export CSV; a rep sees
 * their own targets and their history, read only. The year and the selected row are in the URL
 * ({@link TargetsNavigation}).
 */
@Route("targets")
@Menu(order = 5, icon = "BULLSEYE", title = "nav.targets")
@PermitAll
public class TargetsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final GoalService goals;
    private final TargetRights rights;
    private final Select<Integer> yearSelect = new Select<>();
    private final TargetsGrid grid;
    private final TargetEditor editor;

    private int year;
    private Row selected;
    /** Set while the view itself changes the year and the selection, so their listeners stay quiet. */
    private boolean loading;

    public TargetsView(GoalService goals, TargetCsvExport csv, Clock clock) {
        this.goals = goals;
        this.rights = goals.rights();
        this.year = goals.currentFiscalYear();
        this.grid = new TargetsGrid(goals.calendar());
        this.editor = new TargetEditor(goals, goals.calendar(), clock.getZone(), rights, this::load);
        setId("targets-view");
        addClassName("targets-view");
        setSizeFull();
        getStyle().set("--lumo-size-m", "44px"); // touch targets on tablets: fields, buttons and grid rows

        Div toolbar = new Div(yearSelect);
        toolbar.addClassName("toolbar");
        yearSelect.setId("target-year");
        yearSelect.setLabel(getTranslation("targets.year"));
        yearSelect.setItemLabelGenerator(value -> getTranslation("targets.year.option", String.valueOf(value)));
        yearSelect.addValueChangeListener(event -> {
            if (!loading && event.getValue() != null && event.getValue() != year) {
                year = event.getValue();
                load(selectedOwner());
            }
        });
        if (rights.importExport()) {
            toolbar.add(TargetCsvLinks.export(csv, () -> year), TargetCsvLinks.importer());
        }
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (!loading) {
                select(event.getValue());
            }
        });
        Div masterDetail = new Div(grid, editor);
        masterDetail.addClassName("master-detail");
        add(toolbar, masterDetail);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("targets.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        year = TargetsNavigation.year(parameters).filter(value -> value >= 2000 && value <= 2100)
                .orElse(goals.currentFiscalYear());
        load(TargetsNavigation.selected(parameters).orElse(null));
    }

    /** Reloads the year and selects {@code owner}'s row (one who sees only their own line: always that one). */
    private void load(TargetOwner owner) {
        TreeSet<Integer> years = new TreeSet<>(goals.years());
        years.add(year);
        YearTargets targets = goals.year(year);
        Row next;
        loading = true;
        try {
            yearSelect.setItems(years);
            yearSelect.setValue(year);
            List<Row> rows = grid.show(targets);
            next = rows.stream().filter(row -> row.owner().equals(owner)).findFirst()
                    .orElseGet(() -> rights.chooseOwner() ? null : rows.stream().findFirst().orElse(null));
            if (next != null) {
                grid.select(next);
            } else {
                grid.deselectAll();
            }
        } finally {
            loading = false;
        }
        select(next);
    }

    private void select(Row row) {
        selected = row;
        TargetsNavigation.showState(year, selectedOwner());
        editor.show(row, year);
    }

    private TargetOwner selectedOwner() {
        return selected == null ? null : selected.owner();
    }

    /** One grid row: a team (with its line) or a rep. */
    record Row(TargetOwner owner, String name, String note, boolean team, Long targetId, Long version,
               boolean hasAmounts, BigDecimal revenue, BigDecimal minGrossProfit, Seasonality seasonality,
               List<BigDecimal> months, TeamTargetLine teamLine) {

        static Row of(TargetLine rep, String note) {
            return new Row(rep.owner(), rep.name(), note, false, rep.targetId(), rep.version(), rep.hasTarget(),
                    rep.revenue(), rep.minGrossProfit(), rep.seasonality(), rep.monthlyRevenue(), null);
        }

        static Row of(TeamTargetLine team, Function<TeamTargetLine, String> note) {
            return new Row(team.owner(), team.name(), note.apply(team), true, team.targetId(), team.version(), true,
                    team.revenue(), team.minGrossProfit(), team.seasonality(), team.monthlyRevenue(), team);
        }
    }
}
