package com.salespact.pact.ui;

import com.salespact.base.ConcurrentEditException;
import com.salespact.base.RuleViolation;
import com.salespact.base.merge.Edit;
import com.salespact.base.merge.Merge;
import com.salespact.base.ui.FieldConflictDialog;
import com.salespact.base.ui.FormErrors;
import com.salespact.pact.FormulaOverrides;
import com.salespact.pact.MasLine;
import com.salespact.pact.PactPlan;
import com.salespact.pact.PactService;
import com.salespact.pact.PactStep;
import com.salespact.pact.PactVersionDetails;
import com.salespact.pact.SalesFormula;
import com.salespact.pact.SavedStep;
import com.salespact.pact.StepConflictException;
import com.salespact.pact.StepContent;
import com.salespact.pact.StepDraft;
import com.salespact.pact.StepProblem;
import com.salespact.pact.TargetsStep;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.security.access.AccessDeniedException;

/**
 * The pact wizard: five steps and a review page, the step in the URL so a dropped tablet session resumes where it
 * was. Every change is saved as typed (a draft may be incomplete): fields send each key, the server writes within
 * {@link #SAVE_AFTER} and at once when the step is left by any way (Next, Back, the step bar, the side navigation, the
 * browser's back button). "All changes saved" is shown only after the write; until then the browser asks before a
 * reload or closing the tab. "Next" also checks the step and shows what is missing at the field. Leaving with a change
 * that could not be saved asks first.
 */
@Route("pacts/:id/:step")
@PermitAll
public class PactWizardView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver,
        HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** Typing is written at most this long after the first unsaved key (a write per key would be wasteful). */
    static final Duration SAVE_AFTER = Duration.ofMillis(800);

    /**
     * The browser asks before a reload or closing the tab while this page's changes are not confirmed saved: the
     * server marks them (data-state), and a round trip still in flight may be carrying the last keys. One listener per
     * page, doing nothing where no editable wizard is shown.
     */
    private static final String UNSAVED_GUARD = """
            if (!window.salespactUnsavedGuard) {
              window.salespactUnsavedGuard = true;
              window.addEventListener('beforeunload', event => {
                const status = document.querySelector('#pact-save-status[data-editable]');
                if (!status) {
                  return;
                }
                const flow = window.Vaadin && window.Vaadin.Flow;
                const busy = flow && flow.clients
                    && Object.values(flow.clients).some(client => client.isActive && client.isActive());
                if (busy || status.getAttribute('data-state') !== 'saved') {
                  event.preventDefault();
                  event.returnValue = '';
                }
              });
            }""";

    private final PactService pacts;
    private final Clock clock;
    private final H2 title = new H2();
    private final Span status = new Span();
    private final Span saveStatus = new Span();
    private final Nav steps = new Nav();
    private final Map<PactStep, Button> stepButtons = new EnumMap<>(PactStep.class);
    private final AtomicBoolean saveScheduled = new AtomicBoolean();
    private final Div body = new Div();
    private final Div actions = new Div();

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

    public PactWizardView(PactService pacts, Clock clock) {
        this.pacts = pacts;
        this.clock = clock;
        setId("pact-wizard");
        addClassName("pact-wizard");
        status.setId("pact-status");
        status.addClassName("pact-status");
        saveStatus.setId("pact-save-status");
        saveStatus.addClassName("pact-save-status");
        steps.setId("pact-steps");
        steps.addClassName("pact-steps");
        body.addClassName("pact-body");
        body.setWidthFull();
        actions.addClassName("form-actions");
        Div heading = new Div(title, status, saveStatus);
        heading.addClassName("pact-heading");
        add(heading, steps, body, actions);
        addAttachListener(attach -> attach.getUI().getPage().executeJs(UNSAVED_GUARD));
    }

    @Override
    public String getPageTitle() {
        return details == null ? getTranslation("pact.title") : getTranslation("pact.title-of", details.repName());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<PactVersionDetails> loaded;
        try {
            loaded = event.getRouteParameters().get("id").flatMap(PactWizardView::parse).flatMap(pacts::load);
        } catch (AccessDeniedException denied) {
            loaded = Optional.empty();
        }
        if (loaded.isEmpty()) {
            // Somebody else's pact looks exactly like a missing one.
            FormErrors.error(getTranslation("pact.not-found"));
            event.forwardTo(PactsView.class);
            return;
        }
        String slug = event.getRouteParameters().get("step").orElse(PactNavigation.REVIEW);
        show(loaded.get(), PactStep.ofSlug(slug).orElse(null));
    }

    private static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private void show(PactVersionDetails loaded, PactStep shownStep) {
        details = loaded;
        step = shownStep;
        version = loaded.version();
        reachedStep = Math.max(loaded.lastStep(), shownStep == null ? PactStep.values().length + 1 : shownStep.number());
        dirty = false;
        title.setText(getTranslation("pact.title-of", loaded.repName()));
        status.setText(getTranslation("pact.version-status", loaded.number(), statusText(loaded)));
        status.getElement().setAttribute("data-status", loaded.status().name());
        saveStatus.setText(loaded.allowed().edit()
                ? getTranslation("pact.saved-at", TIME.format(loaded.updatedAt().atZone(clock.getZone()))) : "");
        saveStatus.getElement().setAttribute("data-version", String.valueOf(version));
        saveStatus.getElement().setAttribute("data-state", "saved");
        saveStatus.getElement().setAttribute("data-editable", loaded.allowed().edit());
        showSteps();
        body.removeAll();
        actions.removeAll();
        form = null;
        if (shownStep == null) {
            body.add(new PactReviewPanel(pacts, loaded, clock.getZone(), this::reload));
        } else {
            showStep(shownStep);
        }
        // The same view shows the next step: start it at the top, not where the last one was scrolled to.
        getElement().callJsFunction("scrollIntoView");
    }

    private String statusText(PactVersionDetails loaded) {
        return loaded.awaitingCountersignature() ? getTranslation("pact.state.AWAITING_COUNTERSIGNATURE")
                : getTranslation("pact.status." + loaded.status().name());
    }

    private void showSteps() {
        steps.removeAll();
        stepButtons.clear();
        for (PactStep each : PactStep.values()) {
            Button link = stepButton(each.number() + " " + getTranslation("pact.step." + each.slug()),
                    () -> go(each.slug()), each == step);
            link.setId("pact-step-" + each.slug());
            stepButtons.put(each, link);
            steps.add(link);
        }
        markCompleteSteps();
        Button review = stepButton(getTranslation("pact.step.review"), () -> go(PactNavigation.REVIEW), step == null);
        review.setId("pact-step-review");
        steps.add(review);
    }

    /**
     * The ticks follow what is complete now. The buttons themselves stay: a button replaced by a save that a click
     * had just started on would swallow that click (the step bar ignored the first click after typing).
     */
    private void markCompleteSteps() {
        stepButtons.forEach((each, button) -> {
            boolean complete = details.document().step(each).problems().isEmpty();
            if (complete == button.getElement().hasAttribute("data-complete")) {
                return;
            }
            button.setIcon(complete ? VaadinIcon.CHECK.create() : null);
            button.getElement().setAttribute("data-complete", complete);
        });
    }

    private Button stepButton(String text, Runnable action, boolean current) {
        Button button = new Button(text, event -> action.run());
        button.addThemeVariants(current ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
        if (current) {
            button.getElement().setAttribute("aria-current", "step");
        }
        return button;
    }

    private void showStep(PactStep shown) {
        form = formFor(shown);
        readInto(form, details.document().step(shown));
        boolean editable = details.allowed().edit();
        form.setReadOnly(!editable);
        if (editable) {
            form.onChange(this::changed);
        } else {
            body.add(notice(details.status() == com.salespact.pact.PactStatus.DRAFT
                    ? getTranslation("pact.read-only.draft") : getTranslation("pact.read-only.locked")));
        }
        body.add(form);
        if (shown == PactStep.TARGETS && details.commission() != PactPlan.NONE) {
            // Step 1 shows the commission plan the rep signs with the targets; it is edited on the commission page.
            body.add(new PactPlanPanel(details.commission(), details.replacesNumber(), true));
        }
        Button back = new Button(getTranslation("pact.back"), VaadinIcon.ARROW_LEFT.create(), event -> back());
        back.setId("pact-back");
        back.setEnabled(shown.previous().isPresent());
        Button next = new Button(shown.next().isPresent() ? getTranslation("pact.next")
                : getTranslation("pact.to-review"), VaadinIcon.ARROW_RIGHT.create(), event -> next());
        next.setIconAfterText(true);
        next.setId("pact-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        actions.add(back, next);
    }

    @SuppressWarnings("unchecked")
    private static <T extends StepContent> void readInto(StepForm<T> form, StepContent content) {
        form.read((T) content);
    }

    private StepForm<? extends StepContent> formFor(PactStep shown) {
        return switch (shown) {
            case TARGETS -> new TargetsStepForm(this::formulaLines,
                    pacts.periodChoices(details.document().targets().period()));
            case EXPECTATIONS -> new ExpectationsStepForm();
            case MOTIVATIONS -> new MotivationsStepForm();
            case CONSEQUENCES -> new ConsequencesStepForm();
            case ROLE -> new RoleStepForm(this::formula, this::applyToStandards);
        };
    }

    private SalesFormula formula(FormulaOverrides overrides) {
        return pacts.formula(details.repId(), details.document().targets().revenueTarget(), overrides);
    }

    private List<MasLine> formulaLines(BigDecimal revenueTarget) {
        FormulaOverrides overrides = details.document().role().formula();
        return pacts.formula(details.repId(), revenueTarget, overrides).result()
                .map(SalesFormula.Result::asMasLines).orElse(List.of());
    }

    /** Step 5's formula result becomes step 1's activity standards (the other standards stay). */
    private void applyToStandards(List<MasLine> lines) {
        if (!saveChanges()) {
            return;
        }
        TargetsStep targets = details.document().targets();
        TargetsStep updated = targets.withFormulaStandards(lines);
        try {
            SavedStep saved = pacts.save(details.versionId(), version, updated, reachedStep);
            version = saved.version();
            details = pacts.load(details.versionId()).orElseThrow();
            markCompleteSteps();
            FormErrors.success(getTranslation("pact.formula.applied"));
        } catch (RuleViolation | ConcurrentEditException refused) {
            handle(refused);
        }
    }

    private void changed() {
        refusedAsTyped = false;
        if (!dirty) {
            dirty = true;
            saveStatus.setText(getTranslation("pact.saving"));
            saveStatus.getElement().setAttribute("data-state", "unsaved");
        }
        scheduleSave();
    }

    /** One write for a burst of typing, {@link #SAVE_AFTER} after its first key; pushed back to the page (@Push). */
    private void scheduleSave() {
        UI ui = UI.getCurrent();
        if (ui == null || !saveScheduled.compareAndSet(false, true)) {
            return;
        }
        Runnable write = com.salespact.security.CallerContext.keep(() -> {
            saveScheduled.set(false);
            // A view already left was saved on leaving; a closed one belongs to no page any more.
            // Content the server just refused is not sent again until it changes.
            if (dirty && !refusedAsTyped && form != null && isAttached() && !ui.isClosing()) {
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
    private boolean saveChanges() {
        return !dirty || save(false);
    }

    /**
     * Saves the step as typed. With {@code check}, also marks what keeps it from being complete.
     * @return true when saved (and, with {@code check}, complete)
     */
    private boolean save(boolean check) {
        if (form == null || !details.allowed().edit()) {
            return true;
        }
        StepContent content = form.value();
        Edit<StepDraft> edit = new Edit<>(version, StepDraft.of(details.document().step(step)), StepDraft.of(content));
        try {
            SavedStep saved = pacts.save(details.versionId(), edit, reachedStep);
            version = saved.version();
            dirty = false;
            details = withDocument(saved.content(), saved);
            showAlsoKept(edit, saved.content());
            saveStatus.setText(getTranslation("pact.saved-at", TIME.format(saved.savedAt().atZone(clock.getZone()))));
            // Browser tests wait for this to change rather than for a time to pass.
            saveStatus.getElement().setAttribute("data-version", String.valueOf(version));
            saveStatus.getElement().setAttribute("data-state", "saved");
            markCompleteSteps();
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
            handle(refused);
            return false;
        }
    }

    /** A change somebody else saved meanwhile in another field of this step is kept: the form shows it too. */
    private void showAlsoKept(Edit<StepDraft> edit, StepContent stored) {
        Set<String> alsoKept = StepDraft.fields(step).changed(edit.mine(), StepDraft.of(stored));
        if (!alsoKept.isEmpty()) {
            readInto(form, stored);
            FormErrors.success(getTranslation("merge.kept-theirs", form.labelsOf(alsoKept)));
        }
    }

    /**
     * Both changed the same field: nothing was saved, and the delayed save waits until the user chooses (or goes
     * back to their edits and changes something again). The choice is saved on top of their version.
     */
    private void askPerField(Edit<StepDraft> edit, StepConflictException conflict) {
        markNotSaved();
        refusedAsTyped = true;
        if (conflictDialog != null) {
            conflictDialog.close();
        }
        Merge<StepDraft> merge = StepDraft.fields(step).merge(edit.base(), edit.mine(), conflict.current());
        conflictDialog = new FieldConflictDialog(getTranslation("pact.conflict.title"), conflict.conflicts(),
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

    private PactVersionDetails withDocument(StepContent content, SavedStep saved) {
        return details.edited(details.document().with(content), saved.version(), reachedStep, saved.savedAt());
    }

    private void handle(RuntimeException refused) {
        refusedAsTyped = refused instanceof RuleViolation;
        markNotSaved();
        FormErrors.error(refused.getMessage());
    }

    private void markNotSaved() {
        saveStatus.setText(getTranslation("pact.not-saved"));
        saveStatus.getElement().setAttribute("data-state", "failed");
    }

    private void next() {
        if (!save(true)) {
            if (conflictDialog == null) {
                FormErrors.error(getTranslation("pact.step-incomplete"));
            }
            return;
        }
        reachedStep = Math.max(reachedStep, step.number() + 1);
        go(step.next().map(PactStep::slug).orElse(PactNavigation.REVIEW));
    }

    private void back() {
        step.previous().ifPresent(previous -> go(previous.slug()));
    }

    private void go(String slug) {
        if (saveChanges()) {
            PactNavigation.to(details.versionId(), slug);
        }
    }

    private void reload() {
        dirty = false;
        pacts.load(details.versionId()).ifPresentOrElse(loaded -> show(loaded, step), PactNavigation::toList);
    }

    /** Any way out of the step (side navigation, browser back, a link) writes what was typed first. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (saveChanges()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("pact.unsaved.title"),
                getTranslation("pact.unsaved.text"), getTranslation("pact.unsaved.stay"), stay -> { });
        dialog.setRejectable(true);
        dialog.setRejectText(getTranslation("pact.unsaved.discard"));
        dialog.addRejectListener(discard -> {
            dirty = false;
            leave.proceed();
        });
        dialog.setId("pact-unsaved");
        dialog.open();
    }

    static Div notice(String text) {
        Div notice = new Div(new Span(text));
        notice.addClassName("pact-notice");
        return notice;
    }
}
