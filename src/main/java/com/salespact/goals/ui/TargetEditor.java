package com.salespact.goals.ui;

import com.salespact.base.ui.UserFormats;
import com.salespact.base.ConcurrentEditException;
import com.salespact.base.FiscalCalendar;
import com.salespact.base.RuleViolation;
import com.salespact.base.merge.Edit;
import com.salespact.base.merge.Merge;
import com.salespact.base.ui.FieldConflictDialog;
import com.salespact.base.ui.FormErrors;
import com.salespact.goals.GoalService;
import com.salespact.goals.TargetConflictException;
import com.salespact.goals.TargetFigures;
import com.salespact.goals.TargetOwner;
import com.salespact.goals.TargetRights;
import com.salespact.goals.TargetSaved;
import com.salespact.goals.TeamTargetLine;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The selected row's target of the year with its history: editable with a reason for those who may, read only
 * otherwise. A stored target is saved as an edit, so a figure somebody else saved meanwhile is kept.
 */
class TargetEditor extends Div {

    private final GoalService goals;
    private final TargetRights rights;
    /** Reloads the year and selects this owner's row again. */
    private final Consumer<TargetOwner> reload;
    private final H3 title = new H3();
    private final Paragraph teamInfo = new Paragraph();
    private final Paragraph hint = new Paragraph();
    final TargetForm form;
    private final Button save = new Button();
    private final Button useSum = new Button();
    private final TargetHistory history;
    private TargetsView.Row row;
    private int year;

    TargetEditor(GoalService goals, FiscalCalendar calendar, ZoneId zone, TargetRights rights,
                 Consumer<TargetOwner> reload) {
        this.goals = goals;
        this.rights = rights;
        this.reload = reload;
        this.form = new TargetForm(calendar);
        this.history = new TargetHistory(zone);
        title.setId("target-editor-title");
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
        addClassName("editor");
        setId("target-editor");
        add(title, hint, teamInfo, form, actions, history);
        form.setReadOnly(!rights.edit());
        actions.setVisible(rights.edit());
    }

    void show(TargetsView.Row shown, int shownYear) {
        row = shown;
        year = shownYear;
        history.clear();
        if (shown == null) {
            title.setText(getTranslation("targets.pick.title"));
            hint.setText(getTranslation(rights.chooseOwner() ? "targets.pick" : "targets.none.rep"));
            hint.setVisible(true);
            teamInfo.setVisible(false);
            form.setVisible(false);
            save.setVisible(false);
            useSum.setVisible(false);
            return;
        }
        title.setText(getTranslation("targets.edit.title", shown.name(), String.valueOf(shownYear)));
        hint.setText(getTranslation("targets.read-only"));
        hint.setVisible(!rights.edit());
        teamInfo.setVisible(shown.team());
        if (shown.team()) {
            TeamTargetLine team = shown.teamLine();
            teamInfo.setText(getTranslation(team.explicit() ? "targets.team.info.explicit" : "targets.team.info.sum",
                    UserFormats.current().money(team.repsRevenue()), UserFormats.current().money(team.repsMinGrossProfit())));
        }
        form.setVisible(true);
        form.edit(TargetDraft.of(shown.hasAmounts() ? shown.revenue() : null,
                shown.hasAmounts() ? shown.minGrossProfit() : null, shown.seasonality()));
        save.setVisible(rights.edit());
        useSum.setVisible(rights.edit() && shown.team() && shown.teamLine().explicit());
        history.show(shown.targetId() == null ? List.of() : goals.history(shown.targetId()));
    }

    private void save() {
        TargetsView.Row edited = row;
        if (edited == null) {
            return;
        }
        Optional<TargetDraft> draft = form.write();
        if (draft.isEmpty()) {
            return;
        }
        TargetDraft values = draft.get();
        if (edited.version() != null && (!edited.team() || edited.teamLine().explicit())) {
            TargetFigures base = TargetDraft.of(edited.revenue(), edited.minGrossProfit(), edited.seasonality())
                    .figures();
            saveEdit(edited, new Edit<>(edited.version(), base, values.figures()), values.getReason());
            return;
        }
        try {
            TargetSaved saved = goals.save(edited.owner(), year, values.getRevenue(), values.getMinGrossProfit(),
                    values.getWeights(), values.getReason(), edited.version());
            if (!saved.changed()) {
                FormErrors.success(getTranslation("targets.unchanged"));
                return;
            }
            FormErrors.success(getTranslation("targets.saved", edited.name(), String.valueOf(year)));
            reload.accept(edited.owner());
        } catch (RuleViolation refused) {
            form.showError(refused);
        } catch (ConcurrentEditException raced) {
            FormErrors.error(getTranslation("error.concurrent"));
        }
    }

    /** Saves what the user changed; a figure saved meanwhile by somebody else is kept, a clash is asked per field. */
    private void saveEdit(TargetsView.Row edited, Edit<TargetFigures> edit, String reason) {
        try {
            TargetSaved saved = goals.save(edited.owner(), year, edit, reason);
            if (!saved.changed() && saved.version() == edit.version()) {
                FormErrors.success(getTranslation("targets.unchanged"));
                return;
            }
            reload.accept(edited.owner());
            // The reload showed the stored row: what differs from what this user typed was kept from somebody else.
            TargetsView.Row stored = row;
            Set<String> alsoKept = stored == null ? Set.of() : TargetFigures.FIELDS.changed(edit.mine(),
                    TargetDraft.of(stored.revenue(), stored.minGrossProfit(), stored.seasonality()).figures());
            FormErrors.success(alsoKept.isEmpty()
                    ? getTranslation("targets.saved", edited.name(), String.valueOf(year))
                    : getTranslation("merge.kept-theirs", form.labelsOf(alsoKept)));
        } catch (RuleViolation refused) {
            form.showError(refused);
        } catch (TargetConflictException conflict) {
            Merge<TargetFigures> merge = TargetFigures.FIELDS.merge(edit.base(), edit.mine(), conflict.current());
            new FieldConflictDialog(getTranslation("targets.conflict.title"), conflict.conflicts(),
                    form.conflictLabels(), keepMine -> saveEdit(edited,
                    new Edit<>(conflict.currentVersion(), conflict.current(), merge.resolve(keepMine)), reason)).open();
        } catch (ConcurrentEditException raced) {
            FormErrors.error(getTranslation("error.concurrent"));
        }
    }

    private void useSumOfReps() {
        TargetsView.Row edited = row;
        if (edited == null || !edited.team() || edited.version() == null) {
            return;
        }
        try {
            goals.clearTeamTarget(edited.owner().teamId(), year, form.reason.getValue(), edited.version());
            FormErrors.success(getTranslation("targets.sum-used", edited.name()));
            reload.accept(edited.owner());
        } catch (RuleViolation refused) {
            form.showError(refused);
        } catch (ConcurrentEditException raced) {
            FormErrors.error(getTranslation("error.concurrent"));
        }
    }
}
