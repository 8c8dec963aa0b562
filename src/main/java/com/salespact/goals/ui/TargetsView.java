package com.salespact.goals.ui;

import com.salespact.base.ConcurrentEditException;
import com.salespact.base.FiscalCalendar;
import com.salespact.base.Money;
import com.salespact.base.RuleViolation;
import com.salespact.base.merge.Edit;
import com.salespact.base.merge.Merge;
import com.salespact.base.ui.FieldConflictDialog;
import com.salespact.base.ui.FormErrors;
import com.salespact.goals.GoalService;
import com.salespact.goals.Seasonality;
import com.salespact.goals.TargetConflictException;
import com.salespact.goals.TargetCsvService;
import com.salespact.goals.TargetFigures;
import com.salespact.goals.TargetLine;
import com.salespact.goals.TargetOwner;
import com.salespact.goals.TargetSaved;
import com.salespact.goals.TeamTargetLine;
import com.salespact.goals.YearTargets;
import com.salespact.security.CurrentUser;
import com.salespact.security.SignedInUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Targets of a fiscal year: the team row (the sum of its reps, or set explicitly) and each rep, with revenue, minimum
 * gross profit and the monthly spread. Managers (their team) and admins edit a target with a reason, see its history
 * and import/export CSV; a rep sees their own targets and their history, read only. The year and the selected row
 * are in the URL ({@link TargetsNavigation}).
 */
@Route("targets")
@Menu(order = 5, icon = "BULLSEYE", title = "nav.targets")
@PermitAll
public class TargetsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final GoalService goals;
    private final TargetCsvService csv;
    private final SignedInUser user;
    private final FiscalCalendar calendar;

    private final Select<Integer> yearSelect = new Select<>();
    private final Grid<Row> grid = new Grid<>();
    private final Div editor = new Div();
    private final H3 editorTitle = new H3();
    private final Paragraph teamInfo = new Paragraph();
    private final Paragraph hint = new Paragraph();
    private final TargetForm form;
    private final Button save = new Button();
    private final Button useSum = new Button();
    private final TargetHistory history;

    private int year;
    private Row selected;
    /** Set while the view itself changes the year and the selection, so their listeners stay quiet. */
    private boolean loading;

    public TargetsView(GoalService goals, TargetCsvService csv, CurrentUser currentUser, Clock clock) {
        this.goals = goals;
        this.csv = csv;
        this.user = currentUser.require();
        this.calendar = goals.calendar();
        this.year = goals.currentFiscalYear();
        this.form = new TargetForm(calendar);
        this.history = new TargetHistory(clock.getZone());
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
                load(selected == null ? null : selected.owner());
            }
        });
        if (!user.isRep()) {
            toolbar.add(exportLink(), importButton());
        }

        grid.setId("targets-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(LitRenderer.<Row>of("""
                        <div style="display:flex;flex-direction:column;line-height:1.3">
                          <span style="font-weight:${item.weight}">${item.name}</span>
                          <span style="font-size:var(--lumo-font-size-s);color:var(--lumo-secondary-text-color)">${item.note}</span>
                        </div>""")
                        .withProperty("name", Row::name).withProperty("note", Row::note)
                        .withProperty("weight", row -> row.team() ? "600" : "400"))
                .setHeader(getTranslation("targets.col.name")).setFlexGrow(2).setKey("name");
        grid.addColumn(row -> row.hasAmounts() ? Money.format(row.revenue()) : "—")
                .setHeader(getTranslation("targets.col.revenue")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setKey("revenue");
        grid.addColumn(row -> row.hasAmounts() ? Money.format(row.minGrossProfit()) : "—")
                .setHeader(getTranslation("targets.col.min-gp")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setKey("minGp");
        grid.addColumn(new ComponentRenderer<>(row -> new MonthSpread(row.months(), calendar.startMonth(), getLocale())))
                .setHeader(getTranslation("targets.col.months")).setFlexGrow(1).setKey("months");
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (!loading) {
                select(event.getValue());
            }
        });

        editorTitle.setId("target-editor-title");
        teamInfo.setId("target-team-info");
        hint.setId("target-hint");
        save.setId("target-save");
        save.setText(getTranslation("targets.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> save());
        useSum.setId("target-use-sum");
        useSum.setText(getTranslation("targets.use-sum"));
        useSum.addClickListener(event -> useSumOfReps());
        Div actions = new Div(save, useSum);
        actions.addClassName("form-actions");

        editor.addClassName("editor");
        editor.setId("target-editor");
        editor.add(editorTitle, hint, teamInfo, form, actions, history);

        Div masterDetail = new Div(grid, editor);
        masterDetail.addClassName("master-detail");
        add(toolbar, masterDetail);
        form.setReadOnly(user.isRep());
        actions.setVisible(!user.isRep());
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

    /** Reloads the year and selects {@code owner}'s row (a rep: always their own). */
    private void load(TargetOwner owner) {
        TreeSet<Integer> years = new TreeSet<>(goals.years());
        years.add(year);
        List<Row> rows = rows(goals.year(year));
        Row next = rows.stream().filter(row -> row.owner().equals(owner)).findFirst()
                .orElseGet(() -> user.isRep() ? rows.stream().findFirst().orElse(null) : null);
        loading = true;
        try {
            yearSelect.setItems(years);
            yearSelect.setValue(year);
            grid.setItems(rows);
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

    private List<Row> rows(YearTargets targets) {
        List<Row> rows = new ArrayList<>();
        for (TeamTargetLine team : targets.teams()) {
            rows.add(Row.of(team, this::note));
            targets.repsOf(team.teamId()).forEach(rep -> rows.add(Row.of(rep, note(rep))));
        }
        targets.reps().stream()
                .filter(rep -> targets.teams().stream().noneMatch(team -> Objects.equals(rep.teamId(), team.teamId())))
                .forEach(rep -> rows.add(Row.of(rep, note(rep))));
        return rows;
    }

    private String note(TargetLine rep) {
        return rep.hasTarget() ? rep.username() : getTranslation("targets.none");
    }

    private String note(TeamTargetLine team) {
        return team.explicit() ? getTranslation("targets.team.explicit", Money.format(team.repsRevenue()))
                : getTranslation("targets.team.sum");
    }

    private void select(Row row) {
        selected = row;
        updateLocation();
        history.clear();
        if (row == null) {
            editorTitle.setText(getTranslation("targets.pick.title"));
            hint.setText(getTranslation(user.isRep() ? "targets.none.rep" : "targets.pick"));
            hint.setVisible(true);
            teamInfo.setVisible(false);
            form.setVisible(false);
            save.setVisible(false);
            useSum.setVisible(false);
            return;
        }
        editorTitle.setText(getTranslation("targets.edit.title", row.name(), String.valueOf(year)));
        hint.setText(getTranslation("targets.read-only"));
        hint.setVisible(user.isRep());
        teamInfo.setVisible(row.team());
        if (row.team()) {
            TeamTargetLine team = row.teamLine();
            teamInfo.setText(getTranslation(team.explicit() ? "targets.team.info.explicit" : "targets.team.info.sum",
                    Money.format(team.repsRevenue()), Money.format(team.repsMinGrossProfit())));
        }
        form.setVisible(true);
        form.edit(TargetDraft.of(row.hasAmounts() ? row.revenue() : null,
                row.hasAmounts() ? row.minGrossProfit() : null, row.seasonality()));
        save.setVisible(!user.isRep());
        useSum.setVisible(!user.isRep() && row.team() && row.teamLine().explicit());
        if (row.targetId() != null) {
            history.show(goals.history(row.targetId()));
        } else {
            history.show(List.of());
        }
    }

    private void save() {
        Row row = selected;
        if (row == null) {
            return;
        }
        Optional<TargetDraft> draft = form.write();
        if (draft.isEmpty()) {
            return;
        }
        TargetDraft values = draft.get();
        if (row.version() != null && (!row.team() || row.teamLine().explicit())) {
            TargetFigures base = TargetDraft.of(row.revenue(), row.minGrossProfit(), row.seasonality()).figures();
            saveEdit(row, new Edit<>(row.version(), base, values.figures()), values.getReason());
            return;
        }
        try {
            TargetSaved saved = goals.save(row.owner(), year, values.getRevenue(), values.getMinGrossProfit(),
                    values.getWeights(), values.getReason(), row.version());
            if (!saved.changed()) {
                FormErrors.success(getTranslation("targets.unchanged"));
                return;
            }
            FormErrors.success(getTranslation("targets.saved", row.name(), String.valueOf(year)));
            load(row.owner());
        } catch (RuleViolation refused) {
            form.showError(refused);
        } catch (ConcurrentEditException raced) {
            FormErrors.error(getTranslation("error.concurrent"));
        }
    }

    /** Saves what the user changed; a figure saved meanwhile by somebody else is kept, a clash is asked per field. */
    private void saveEdit(Row row, Edit<TargetFigures> edit, String reason) {
        try {
            TargetSaved saved = goals.save(row.owner(), year, edit, reason);
            if (!saved.changed() && saved.version() == edit.version()) {
                FormErrors.success(getTranslation("targets.unchanged"));
                return;
            }
            load(row.owner());
            Set<String> alsoKept = selected == null ? Set.of() : TargetFigures.FIELDS.changed(edit.mine(),
                    TargetDraft.of(selected.revenue(), selected.minGrossProfit(), selected.seasonality()).figures());
            FormErrors.success(alsoKept.isEmpty() ? getTranslation("targets.saved", row.name(), String.valueOf(year))
                    : getTranslation("merge.kept-theirs", form.labelsOf(alsoKept)));
        } catch (RuleViolation refused) {
            form.showError(refused);
        } catch (TargetConflictException conflict) {
            Merge<TargetFigures> merge = TargetFigures.FIELDS.merge(edit.base(), edit.mine(), conflict.current());
            new FieldConflictDialog(getTranslation("targets.conflict.title"), conflict.conflicts(),
                    form.conflictLabels(), keepMine -> saveEdit(row,
                    new Edit<>(conflict.currentVersion(), conflict.current(), merge.resolve(keepMine)), reason)).open();
        } catch (ConcurrentEditException raced) {
            FormErrors.error(getTranslation("error.concurrent"));
        }
    }

    private void useSumOfReps() {
        Row row = selected;
        if (row == null || !row.team() || row.version() == null) {
            return;
        }
        try {
            goals.clearTeamTarget(row.owner().teamId(), year, form.reason.getValue(), row.version());
            FormErrors.success(getTranslation("targets.sum-used", row.name()));
            load(row.owner());
        } catch (RuleViolation refused) {
            form.showError(refused);
        } catch (ConcurrentEditException raced) {
            FormErrors.error(getTranslation("error.concurrent"));
        }
    }

    private void updateLocation() {
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location(TargetsNavigation.ROUTE,
                TargetsNavigation.parameters(year, selected == null ? null : selected.owner())));
    }

    private Anchor exportLink() {
        Button button = new Button(getTranslation("targets.csv.export"), VaadinIcon.DOWNLOAD.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setTabIndex(-1); // the link takes the focus, not the button inside it
        DownloadHandler download = event -> {
            // Downloads run without the session lock; the year is read under it.
            int[] chosen = new int[1];
            event.getUI().accessSynchronously(() -> chosen[0] = year);
            event.setFileName(csv.fileName(chosen[0]));
            event.setContentType("text/csv; charset=UTF-8");
            try (OutputStream out = event.getOutputStream()) {
                csv.export(chosen[0], out);
            }
        };
        Anchor anchor = new Anchor(download, AttachmentType.DOWNLOAD, "");
        anchor.add(button);
        anchor.setId("target-export");
        return anchor;
    }

    private Button importButton() {
        Button button = new Button(getTranslation("targets.csv.import"), VaadinIcon.UPLOAD.create());
        button.setId("target-import-open");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClickListener(event -> new TargetImportDialog(csv,
                () -> load(selected == null ? null : selected.owner())).open());
        return button;
    }

    /** One grid row: a team (with its line) or a rep. */
    record Row(TargetOwner owner, String name, String note, boolean team, Long targetId, Long version,
               boolean hasAmounts, BigDecimal revenue, BigDecimal minGrossProfit, Seasonality seasonality,
               List<BigDecimal> months, TeamTargetLine teamLine) {

        static Row of(TargetLine rep, String note) {
            return new Row(rep.owner(), rep.name(), note, false, rep.targetId(), rep.version(), rep.hasTarget(),
                    rep.revenue(), rep.minGrossProfit(), rep.seasonality(), rep.monthlyRevenue(), null);
        }

        static Row of(TeamTargetLine team, java.util.function.Function<TeamTargetLine, String> note) {
            return new Row(team.owner(), team.name(), note.apply(team), true, team.targetId(), team.version(), true,
                    team.revenue(), team.minGrossProfit(), team.seasonality(), team.monthlyRevenue(), team);
        }
    }
}
