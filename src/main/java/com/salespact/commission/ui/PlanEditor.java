package com.salespact.commission.ui;

import com.salespact.base.ConcurrentEditException;
import com.salespact.base.RuleViolation;
import com.salespact.base.merge.Edit;
import com.salespact.base.merge.Merge;
import com.salespact.base.ui.FieldConflictDialog;
import com.salespact.base.ui.FormErrors;
import com.salespact.commission.CommissionService;
import com.salespact.commission.PlanConflictException;
import com.salespact.commission.PlanDetails;
import com.salespact.commission.PlanTermsDraft;
import com.salespact.commission.RepStatement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Set;

/**
 * The plan of the shown rep's fiscal year, for those who may set it. A stored plan is saved as an edit: a term
 * somebody else saved meanwhile is kept, a term both changed is asked about.
 */
class PlanEditor extends Div {

    private final CommissionService commission;
    private final Runnable saved;
    private final H3 title = new H3();
    final CommissionPlanForm form = new CommissionPlanForm();
    final Button save = new Button();
    private RepStatement statement;

    PlanEditor(CommissionService commission, Runnable saved) {
        this.commission = commission;
        this.saved = saved;
        title.setId("commission-plan-title");
        save.setId("commission-plan-save");
        save.setText(getTranslation("commission.plan.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> save());
        Div actions = new Div(save);
        actions.addClassName("form-actions");
        Paragraph help = new Paragraph(getTranslation("commission.plan.help"));
        help.addClassName("commission-plan-help");
        setId("commission-plan-editor");
        addClassName("editor");
        add(title, help, form, actions);
    }

    void show(RepStatement shown) {
        statement = shown;
        PlanDetails plan = shown.plan();
        title.setText(getTranslation("commission.plan.title", String.valueOf(shown.period().fiscalYear()),
                shown.repName()));
        form.edit(PlanDraft.of(plan == null ? null : plan.terms()));
    }

    private void save() {
        RepStatement shown = statement;
        if (shown == null) {
            return;
        }
        form.write().ifPresent(draft -> {
            PlanDetails loaded = shown.plan();
            if (loaded != null) {
                saveEdit(shown, new Edit<>(loaded.version(), PlanTermsDraft.of(loaded.terms()), draft.terms()));
                return;
            }
            try {
                commission.savePlan(shown.repId(), shown.period().fiscalYear(),
                        PlanDraft.fraction(draft.getRevenuePercent()), PlanDraft.fraction(draft.getGpPercent()),
                        PlanDraft.fraction(draft.getThresholdPercent()), draft.getMultiplier(), null);
                FormErrors.success(getTranslation("commission.plan.saved", shown.repName(),
                        String.valueOf(shown.period().fiscalYear())) + pendingNote(shown));
                saved.run();
            } catch (RuleViolation refused) {
                form.showError(refused);
            } catch (ConcurrentEditException raced) {
                FormErrors.error(getTranslation("error.concurrent"));
            }
        });
    }

    /** Saves what the user changed; a term saved meanwhile by somebody else is kept, a clash is asked per term. */
    private void saveEdit(RepStatement shown, Edit<PlanTermsDraft> edit) {
        try {
            PlanDetails stored = commission.savePlan(shown.repId(), shown.period().fiscalYear(), edit);
            Set<String> alsoKept = PlanTermsDraft.FIELDS.changed(edit.mine(), PlanTermsDraft.of(stored.terms()));
            FormErrors.success((alsoKept.isEmpty() ? getTranslation("commission.plan.saved", shown.repName(),
                    String.valueOf(shown.period().fiscalYear()))
                    : getTranslation("merge.kept-theirs", form.labelsOf(alsoKept))) + pendingNote(shown));
            saved.run();
        } catch (RuleViolation refused) {
            form.showError(refused);
        } catch (PlanConflictException conflict) {
            Merge<PlanTermsDraft> merge = PlanTermsDraft.FIELDS.merge(edit.base(), edit.mine(), conflict.current());
            new FieldConflictDialog(getTranslation("commission.plan.conflict.title"), conflict.conflicts(),
                    form.conflictLabels(), keepMine -> saveEdit(shown,
                    new Edit<>(conflict.currentVersion(), conflict.current(), merge.resolve(keepMine)))).open();
        } catch (ConcurrentEditException raced) {
            FormErrors.error(getTranslation("error.concurrent"));
        }
    }

    /** With terms signed in the pact in force, a new plan pays only once a new pact version is signed. */
    private String pendingNote(RepStatement shown) {
        boolean signed = shown.pact() != null && shown.pact().termsSigned();
        return signed ? " " + getTranslation("commission.pact.saved-pending", shown.pact().number()) : "";
    }
}
