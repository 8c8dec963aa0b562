package com.salespact.pact.ui;

import com.salespact.base.ui.MissingRecord;
import com.salespact.base.ui.FormErrors;
import com.salespact.pact.PactPlan;
import com.salespact.pact.PactService;
import com.salespact.pact.PactStatus;
import com.salespact.pact.PactStep;
import com.salespact.pact.PactVersionDetails;
import com.salespact.pact.StepContent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
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
import java.time.Clock;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * The pact wizard: five steps and a review page, the step in the URL so a dropped tablet session resumes where it
 * was. Every change is saved as typed ({@link StepAutosave}) and at once when the step is left by any way (Next,
 * Back, the step bar, the side navigation, the browser's back button); {@link PactSaveStatus} says whether it is.
 * "Next" also checks the step and shows what is missing at the field. Leaving with a change that could not be saved
 * asks first.
 */
@Route("pacts/:id/:step")
@PermitAll
public class PactWizardView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver,
        HasDynamicTitle {

    private final PactService pacts;
    private final Clock clock;
    private final H2 title = new H2();
    private final Span status = new Span();
    private final PactSaveStatus saveStatus;
    private final PactStepBar steps = new PactStepBar();
    private final StepAutosave autosave;
    private final StepForms forms;
    private final Div body = new Div();
    private final Div actions = new Div();
    private PactStep step;

    public PactWizardView(PactService pacts, Clock clock) {
        this.pacts = pacts;
        this.clock = clock;
        this.saveStatus = new PactSaveStatus(clock.getZone());
        this.autosave = new StepAutosave(pacts, saveStatus, steps, this);
        this.forms = new StepForms(pacts, autosave);
        setId("pact-wizard");
        addClassName("pact-wizard");
        status.setId("pact-status");
        status.addClassName("pact-status");
        body.addClassName("pact-body");
        body.setWidthFull();
        actions.addClassName("form-actions");
        Div heading = new Div(title, status, saveStatus);
        heading.addClassName("pact-heading");
        add(heading, steps, body, actions);
    }

    @Override
    public String getPageTitle() {
        PactVersionDetails details = autosave.details();
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
            MissingRecord.reroute(event, getTranslation("pact.not-found"), PactsView.class,
                    getTranslation("nav.pacts"));
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
        step = shownStep;
        autosave.start(loaded, shownStep, Math.max(loaded.lastStep(),
                shownStep == null ? PactStep.values().length + 1 : shownStep.number()));
        title.setText(getTranslation("pact.title-of", loaded.repName()));
        status.setText(getTranslation("pact.version-status", loaded.number(), statusText(loaded)));
        status.getElement().setAttribute("data-status", loaded.status().name());
        saveStatus.loaded(loaded.version(), loaded.allowed().edit(), loaded.updatedAt());
        steps.show(shownStep, loaded.document(), this::go);
        body.removeAll();
        actions.removeAll();
        if (shownStep == null) {
            body.add(new PactReviewPanel(pacts, loaded, clock.getZone(), this::reload));
        } else {
            showStep(loaded, shownStep);
        }
        // The same view shows the next step: start it at the top, not where the last one was scrolled to.
        getElement().callJsFunction("scrollIntoView");
    }

    private String statusText(PactVersionDetails loaded) {
        return loaded.awaitingCountersignature() ? getTranslation("pact.state.AWAITING_COUNTERSIGNATURE")
                : getTranslation("pact.status." + loaded.status().name());
    }

    private void showStep(PactVersionDetails loaded, PactStep shown) {
        StepForm<? extends StepContent> form = forms.formFor(shown);
        autosave.edit(form);
        if (!loaded.allowed().edit()) {
            body.add(notice(loaded.status() == PactStatus.DRAFT ? getTranslation("pact.read-only.draft")
                    : getTranslation("pact.read-only.locked")));
        }
        body.add(form);
        if (shown == PactStep.TARGETS && loaded.commission() != PactPlan.NONE) {
            // Step 1 shows the commission plan the rep signs with the targets; it is edited on the commission page.
            body.add(new PactPlanPanel(loaded.commission(), loaded.replacesNumber(), true));
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

    private void next() {
        if (!autosave.save(true)) {
            if (!autosave.asking()) {
                FormErrors.error(getTranslation("pact.step-incomplete"));
            }
            return;
        }
        autosave.reached(step.number() + 1);
        go(step.next().map(PactStep::slug).orElse(PactNavigation.REVIEW));
    }

    private void back() {
        step.previous().ifPresent(previous -> go(previous.slug()));
    }

    private void go(String slug) {
        if (autosave.saveChanges()) {
            PactNavigation.to(autosave.details().versionId(), slug);
        }
    }

    private void reload() {
        autosave.discard();
        pacts.load(autosave.details().versionId()).ifPresentOrElse(loaded -> show(loaded, step),
                PactNavigation::toList);
    }

    /** Any way out of the step (side navigation, browser back, a link) writes what was typed first. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (autosave.saveChanges()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("pact.unsaved.title"),
                getTranslation("pact.unsaved.text"), getTranslation("pact.unsaved.stay"), stay -> { });
        dialog.setRejectable(true);
        dialog.setRejectText(getTranslation("pact.unsaved.discard"));
        dialog.addRejectListener(discard -> {
            autosave.discard();
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
