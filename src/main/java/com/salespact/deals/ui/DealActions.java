package com.salespact.deals.ui;

import com.salespact.base.RuleViolation;
import com.salespact.base.merge.Edit;
import com.salespact.base.merge.Merge;
import com.salespact.base.ui.FieldConflictDialog;
import com.salespact.base.ui.FormErrors;
import com.salespact.base.ui.UnsavedWork;
import com.salespact.deals.ClosingService;
import com.salespact.deals.DealConflictException;
import com.salespact.deals.DealDetails;
import com.salespact.deals.DealDraft;
import com.salespact.deals.DealService;
import com.salespact.deals.Stage;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Save, and move the deal to its next stage. An edit keeps what somebody else saved meanwhile and asks about a field
 * both changed; winning or losing is confirmed, whether chosen in the form or by "next" (decision 014).
 */
class DealActions extends Div {

    private final DealService deals;
    private final ClosingService closings;
    private final DealForm form;
    private final UnsavedWork unsaved;
    /** Shows a deal as stored after a change. */
    private final Consumer<DealDetails> show;
    private final Button next = new Button();
    /** The deal as loaded, null for a new one. */
    private DealDetails loaded;

    DealActions(DealService deals, ClosingService closings, DealForm form, UnsavedWork unsaved,
                Consumer<DealDetails> show) {
        this.deals = deals;
        this.closings = closings;
        this.form = form;
        this.unsaved = unsaved;
        this.show = show;
        Button save = new Button(getTranslation("action.save"), event -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-deal");
        next.setId("next-stage");
        next.addClickListener(event -> moveToNext());
        add(save, next);
        addClassName("form-actions");
    }

    /** @param deal the deal shown, null for a new one (which has no next stage yet) */
    void show(DealDetails deal) {
        loaded = deal;
        Optional<Stage> nextStage = deal == null ? Optional.empty() : deal.stage().next();
        next.setVisible(nextStage.isPresent());
        nextStage.ifPresent(stage -> next.setText(getTranslation("deals.next",
                getTranslation("stage." + stage.name()))));
    }

    /** A milestone was ticked: the deal as stored now. */
    void ticked(DealDetails marked) {
        loaded = loaded.withMilestones(marked.milestones());
    }

    private void save() {
        DealDetails deal = loaded;
        form.write().ifPresent(draft -> {
            if (deal != null) {
                Stage closing = draft.getStage();
                if (closing.isClosed() && !deal.stage().isClosed()) {
                    // Won or Lost chosen in the editor: the other edits are saved, the close is confirmed.
                    draft.setStage(deal.stage());
                    Consumer<DealDetails> close = saved -> confirmClose(saved, closing);
                    saveEdit(deal.id(), new Edit<>(deal.version(), DealDraft.of(deal), draft), close, close);
                } else {
                    saveEdit(deal.id(), new Edit<>(deal.version(), DealDraft.of(deal), draft), saved -> { },
                            saved -> { });
                }
                return;
            }
            try {
                loaded = deals.save(null, 0, null, draft);
                unsaved.saved();
                FormErrors.success(getTranslation("deals.saved"));
                DealsNavigation.toDeal(loaded.id());
            } catch (RuleViolation violation) {
                form.showError(violation);
            }
        });
    }

    /**
     * Saves what the user changed; a change saved meanwhile by somebody else is kept, a clash is asked per field.
     * {@code then} follows a save that went through at once, {@code thenAfterConflict} one the user settled field by
     * field.
     */
    private void saveEdit(long dealId, Edit<DealDraft> edit, Consumer<DealDetails> then,
                          Consumer<DealDetails> thenAfterConflict) {
        try {
            DealDetails saved = deals.save(dealId, edit);
            unsaved.saved();
            Set<String> alsoKept = DealDraft.FIELDS.changed(edit.mine(), DealDraft.of(saved));
            FormErrors.success(alsoKept.isEmpty() ? getTranslation("deals.saved")
                    : getTranslation("merge.kept-theirs", form.conflictLabels(saved).join(alsoKept)));
            show.accept(saved);
            then.accept(saved);
        } catch (RuleViolation violation) {
            form.showError(violation);
        } catch (DealConflictException conflict) {
            DealDraft theirs = DealDraft.of(conflict.current());
            Merge<DealDraft> merge = DealDraft.FIELDS.merge(edit.base(), edit.mine(), theirs);
            new FieldConflictDialog(getTranslation("deals.conflict.title"), conflict.conflicts(),
                    form.conflictLabels(conflict.current()), keepMine -> saveEdit(dealId,
                    new Edit<>(conflict.currentVersion(), theirs, merge.resolve(keepMine)), thenAfterConflict,
                    thenAfterConflict)).open();
        }
    }

    /**
     * "Move to X": unsaved edits are saved first, then the deal moves (Won and Lost via the confirmation, as when
     * chosen in the form). A refused save moves nothing and keeps the typing at its fields.
     */
    private void moveToNext() {
        DealDetails deal = loaded;
        if (deal == null) {
            save();
            return;
        }
        deal.stage().next().ifPresent(stage -> {
            if (!form.hasChanges()) {
                move(deal, stage);
                return;
            }
            form.write().ifPresent(draft -> {
                // The button names the stage after the loaded one: that is where the deal goes, not the form's stage.
                draft.setStage(deal.stage());
                saveEdit(deal.id(), new Edit<>(deal.version(), DealDraft.of(deal), draft), saved -> {
                    if (saved.stage() != deal.stage()) {
                        // Somebody moved it meanwhile: "next" meant next after the stage the user saw.
                        FormErrors.error(getTranslation("deals.moved-meanwhile"));
                    } else {
                        move(saved, stage);
                    }
                }, saved -> {
                    // After a conflict the user sees the merged deal first and moves it themselves.
                });
            });
        });
    }

    private void move(DealDetails deal, Stage stage) {
        if (stage.isClosed()) {
            confirmClose(deal, stage);
            return;
        }
        try {
            deals.moveStage(deal.id(), stage, deal.version());
            show.accept(deals.load(deal.id()).orElseThrow());
            FormErrors.success(getTranslation("deals.moved", deal.name(),
                    getTranslation("stage." + stage.name())));
        } catch (DealConflictException conflict) {
            // Nothing typed is lost (the edits were saved or there were none): show the newer deal, let them decide.
            show.accept(conflict.current());
            FormErrors.error(getTranslation("deals.moved-meanwhile"));
        }
    }

    /** Winning or losing is confirmed and undoable; the deal is off to the board meanwhile. */
    private void confirmClose(DealDetails deal, Stage stage) {
        new CloseDealDialog(closings, deal.id(), deal.version(), deal.name(), stage,
                () -> UI.getCurrent().navigate(DealsView.class)).open();
    }
}
