package com.salespact.pact.ui;

import com.salespact.base.ConcurrentEditException;
import com.salespact.base.RuleViolation;
import com.salespact.base.merge.Edit;
import com.salespact.base.merge.Merge;
import com.salespact.base.ui.FieldConflictDialog;
import com.salespact.base.ui.FormErrors;
import com.salespact.pact.MasLine;
import com.salespact.pact.PactService;
import com.salespact.pact.PactStep;
import com.salespact.pact.PactVersionDetails;
import com.salespact.pact.SavedStep;
import com.salespact.pact.StepConflictException;
import com.salespact.pact.StepContent;
import com.salespact.pact.StepDraft;
import com.salespact.pact.StepProblem;
import com.salespact.pact.TargetsStep;
import com.salespact.security.CallerContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The pact version on screen and the step being edited, written as it is typed (a draft may be incomplete): one write
 * {@link #SAVE_AFTER} after the first unsaved key, and at once when the step is left. A field somebody else changed
 * meanwhile is kept; a field both changed is asked about, and the delayed write waits for the answer.
 */
class StepAutosave {

    /** Typing is written at most this long after the first unsaved key (a write per key would be wasteful). */
    static final Duration SAVE_AFTER = Duration.ofMillis(800);

    private final PactService pacts;
    private final PactSaveStatus status;
    private final PactStepBar stepBar;
    /** The wizard page: it translates, and a write for a page no longer shown is dropped. */
    private final Component page;
    private final AtomicBoolean saveScheduled = new AtomicBoolean();

    private PactVersionDetails details;
    private PactStep step;
    private StepForm<? extends StepContent> form;
    private long version;
    private int reachedStep;
    /** The content as typed was refused by the server (a rule); a retry waits for the next change. */
    private boolean refusedAsTyped;
    private boolean dirty;
    /** Open while the user chooses between their value and somebody else's; at most one at a time. */
    private FieldConflictDialog conflictDialog;

    StepAutosave(PactService pacts, PactSaveStatus status, PactStepBar stepBar, Component page) {
        this.pacts = pacts;
        this.status = status;
        this.stepBar = stepBar;
        this.page = page;
    }

    /** A freshly loaded version, showing {@code shownStep} (null: the review page); nothing is unsaved. */
    void start(PactVersionDetails loaded, PactStep shownStep, int reached) {
        details = loaded;
        step = shownStep;
        version = loaded.version();
        reachedStep = reached;
        dirty = false;
        form = null;
    }

    /** The form of the shown step; an editable one is written as it changes. */
    void edit(StepForm<? extends StepContent> shown) {
        form = shown;
        readInto(shown, details.document().step(step));
        boolean editable = details.allowed().edit();
        shown.setReadOnly(!editable);
        if (editable) {
            shown.onChange(this::changed);
        }
    }

    PactVersionDetails details() {
        return details;
    }

    void reached(int stepNumber) {
        reachedStep = Math.max(reachedStep, stepNumber);
    }

    /** Leaving without writing: what was typed is dropped. */
    void discard() {
        dirty = false;
    }

    /** True while the user is asked which of two changes to keep. */
    boolean asking() {
        return conflictDialog != null;
    }

    @SuppressWarnings("unchecked")
    static <T extends StepContent> void readInto(StepForm<T> form, StepContent content) {
        form.read((T) content);
    }

    private void changed() {
        refusedAsTyped = false;
        if (!dirty) {
            dirty = true;
            status.unsaved();
        }
        scheduleSave();
    }

    /** One write for a burst of typing, {@link #SAVE_AFTER} after its first key; pushed back to the page (@Push). */
    private void scheduleSave() {
        UI ui = UI.getCurrent();
        if (ui == null || !saveScheduled.compareAndSet(false, true)) {
            return;
        }
        Runnable write = CallerContext.keep(() -> {
            saveScheduled.set(false);
            // A view already left was saved on leaving; a closed one belongs to no page any more.
            // Content the server just refused is not sent again until it changes.
            if (dirty && !refusedAsTyped && form != null && page.isAttached() && !ui.isClosing()) {
                save(false);
            }
        });
        Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(SAVE_AFTER);
                ui.access(write::run);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            } catch (UIDetachedException closed) {
                // The tab is gone; while the change was unsaved its page asked before closing.
            }
        });
    }

    /** Writes what is not written yet; true when nothing is left unsaved. */
    boolean saveChanges() {
        return !dirty || save(false);
    }

    /**
     * Saves the step as typed. With {@code check}, also marks what keeps it from being complete.
     * @return true when saved (and, with {@code check}, complete)
     */
    boolean save(boolean check) {
        if (form == null || !details.allowed().edit()) {
            return true;
        }
        StepContent content = form.value();
        Edit<StepDraft> edit = new Edit<>(version, StepDraft.of(details.document().step(step)), StepDraft.of(content));
        try {
            SavedStep saved = pacts.save(details.versionId(), edit, reachedStep);
            version = saved.version();
            dirty = false;
            details = details.edited(details.document().with(saved.content()), saved.version(), reachedStep,
                    saved.savedAt());
            showAlsoKept(edit, saved.content());
            status.saved(version, saved.savedAt());
            stepBar.markComplete(details.document());
            if (!check) {
                return true;
            }
            List<StepProblem> unplaced = form.showProblems(saved.problems());
            unplaced.forEach(problem -> FormErrors.error(problem.message()));
            return saved.problems().isEmpty();
        } catch (StepConflictException conflict) {
            askPerField(edit, conflict);
            return false;
        } catch (RuleViolation | ConcurrentEditException refused) {
            refusedBy(refused);
            return false;
        }
    }

    /** Step 5's formula result becomes step 1's activity standards (the other standards stay). */
    void applyToStandards(List<MasLine> lines) {
        if (!saveChanges()) {
            return;
        }
        TargetsStep updated = details.document().targets().withFormulaStandards(lines);
        try {
            SavedStep saved = pacts.save(details.versionId(), version, updated, reachedStep);
            version = saved.version();
            details = pacts.load(details.versionId()).orElseThrow();
            stepBar.markComplete(details.document());
            FormErrors.success(page.getTranslation("pact.formula.applied"));
        } catch (RuleViolation | ConcurrentEditException refused) {
            refusedBy(refused);
        }
    }

    /** A change somebody else saved meanwhile in another field of this step is kept: the form shows it too. */
    private void showAlsoKept(Edit<StepDraft> edit, StepContent stored) {
        Set<String> alsoKept = StepDraft.fields(step).changed(edit.mine(), StepDraft.of(stored));
        if (!alsoKept.isEmpty()) {
            readInto(form, stored);
            FormErrors.success(page.getTranslation("merge.kept-theirs", form.labelsOf(alsoKept)));
        }
    }

    /**
     * Both changed the same field: nothing was saved, and the delayed save waits until the user chooses (or goes
     * back to their edits and changes something again). The choice is saved on top of their version.
     */
    private void askPerField(Edit<StepDraft> edit, StepConflictException conflict) {
        status.failed();
        refusedAsTyped = true;
        if (conflictDialog != null) {
            conflictDialog.close();
        }
        Merge<StepDraft> merge = StepDraft.fields(step).merge(edit.base(), edit.mine(), conflict.current());
        conflictDialog = new FieldConflictDialog(page.getTranslation("pact.conflict.title"), conflict.conflicts(),
                form.conflictLabels(), keepMine -> {
                    conflictDialog = null;
                    StepContent theirs = conflict.current().content();
                    details = details.edited(details.document().with(theirs), conflict.currentVersion(), reachedStep,
                            details.updatedAt());
                    version = conflict.currentVersion();
                    readInto(form, merge.resolve(keepMine).content());
                    dirty = true;
                    save(false);
                });
        conflictDialog.addOpenedChangeListener(event -> {
            if (!event.isOpened() && conflictDialog == event.getSource()) {
                conflictDialog = null;
            }
        });
        conflictDialog.open();
    }

    /** A refusal naming a field of the form is shown there; anything else in a notification. */
    private void refusedBy(RuntimeException refused) {
        refusedAsTyped = refused instanceof RuleViolation;
        status.failed();
        if (refused instanceof RuleViolation violation && violation.field() != null && form != null
                && form.showProblems(List.of(new StepProblem(step, violation.field(), violation.getMessage())))
                        .isEmpty()) {
            return;
        }
        FormErrors.error(refused.getMessage());
    }
}
