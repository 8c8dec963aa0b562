package com.salespact.pact.ui;

import com.salespact.base.ConcurrentEditException;
import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FormErrors;
import com.salespact.pact.FormulaOverrides;
import com.salespact.pact.MasLine;
import com.salespact.pact.PactService;
import com.salespact.pact.PactStep;
import com.salespact.pact.PactVersionDetails;
import com.salespact.pact.SalesFormula;
import com.salespact.pact.SavedStep;
import com.salespact.pact.StepContent;
import com.salespact.pact.StepProblem;
import com.salespact.pact.TargetsStep;
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
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * The pact wizard: five steps and a review page, the step in the URL so a dropped tablet session resumes where it
 * was. Every change is saved as typed (a draft may be incomplete); "Next" also checks the step and shows what is
 * missing at the field. Leaving with a change that could not be saved asks first.
 */
@Route("pacts/:id/:step")
@PermitAll
public class PactWizardView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver,
        HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final PactService pacts;
    private final Clock clock;
    private final H2 title = new H2();
    private final Span status = new Span();
    private final Span saveStatus = new Span();
    private final Nav steps = new Nav();
    private final Div body = new Div();
    private final Div actions = new Div();

    private PactVersionDetails details;
    private PactStep step;
    private StepForm<? extends StepContent> form;
    private long version;
    private int reachedStep;
    private boolean dirty;

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
        for (PactStep each : PactStep.values()) {
            boolean complete = details.document().step(each).problems().isEmpty();
            Button link = stepButton(each.number() + " " + getTranslation("pact.step." + each.slug()),
                    () -> go(each.slug()), each == step);
            link.setId("pact-step-" + each.slug());
            if (complete) {
                link.setIcon(VaadinIcon.CHECK.create());
                link.getElement().setAttribute("data-complete", "");
            }
            steps.add(link);
        }
        Button review = stepButton(getTranslation("pact.step.review"), () -> go(PactNavigation.REVIEW), step == null);
        review.setId("pact-step-review");
        steps.add(review);
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
            case TARGETS -> new TargetsStepForm(this::formulaLines);
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
        if (!save(false)) {
            return;
        }
        TargetsStep targets = details.document().targets();
        TargetsStep updated = new TargetsStep(targets.revenueTarget(), targets.grossProfitTarget(),
                TargetsStepForm.merge(targets.masLines(), lines), targets.plan(), targets.alignment());
        try {
            SavedStep saved = pacts.save(details.versionId(), version, updated, reachedStep);
            version = saved.version();
            details = pacts.load(details.versionId()).orElseThrow();
            showSteps();
            FormErrors.success(getTranslation("pact.formula.applied"));
        } catch (RuleViolation | ConcurrentEditException refused) {
            handle(refused);
        }
    }

    private void changed() {
        dirty = true;
        saveStatus.setText(getTranslation("pact.saving"));
        save(false);
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
        try {
            SavedStep saved = pacts.save(details.versionId(), version, content, reachedStep);
            version = saved.version();
            dirty = false;
            details = withDocument(content, saved);
            saveStatus.setText(getTranslation("pact.saved-at", TIME.format(saved.savedAt().atZone(clock.getZone()))));
            // Browser tests wait for this to change rather than for a time to pass.
            saveStatus.getElement().setAttribute("data-version", String.valueOf(version));
            // The step bar's ticks follow what is complete now.
            showSteps();
            if (!check) {
                return true;
            }
            List<StepProblem> unplaced = form.showProblems(saved.problems());
            unplaced.forEach(problem -> FormErrors.error(problem.message()));
            return saved.problems().isEmpty();
        } catch (RuleViolation | ConcurrentEditException refused) {
            handle(refused);
            return false;
        }
    }

    private PactVersionDetails withDocument(StepContent content, SavedStep saved) {
        PactVersionDetails d = details;
        return new PactVersionDetails(d.pactId(), d.versionId(), saved.version(), d.number(), d.status(), d.repId(),
                d.repName(), d.document().with(content), reachedStep, saved.savedAt(), d.proposedAt(), d.repSignedAt(),
                d.repSignedBy(), d.managerSignedAt(), d.managerSignedBy(), d.validFrom(), d.validUntil(),
                d.replacesNumber(), d.changes(), d.allowed(), d.reading());
    }

    private void handle(RuntimeException refused) {
        saveStatus.setText(getTranslation("pact.not-saved"));
        if (refused instanceof ConcurrentEditException) {
            ConfirmDialog dialog = new ConfirmDialog(getTranslation("pact.conflict.title"), refused.getMessage(),
                    getTranslation("pact.conflict.reload"), event -> reload());
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("pact.conflict.keep"));
            dialog.setId("pact-conflict");
            dialog.open();
        } else {
            FormErrors.error(refused.getMessage());
        }
    }

    private void next() {
        if (!save(true)) {
            FormErrors.error(getTranslation("pact.step-incomplete"));
            return;
        }
        reachedStep = Math.max(reachedStep, step.number() + 1);
        go(step.next().map(PactStep::slug).orElse(PactNavigation.REVIEW));
    }

    private void back() {
        if (save(false)) {
            step.previous().ifPresent(previous -> go(previous.slug()));
        }
    }

    private void go(String slug) {
        if (save(false)) {
            PactNavigation.to(details.versionId(), slug);
        }
    }

    private void reload() {
        dirty = false;
        pacts.load(details.versionId()).ifPresentOrElse(loaded -> show(loaded, step), PactNavigation::toList);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty || save(false)) {
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
