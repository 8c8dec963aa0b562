package com.salespact.reviews.ui;

import com.salespact.base.ui.MissingRecord;
import com.salespact.base.CompanySettings;
import com.salespact.base.LiveUpdates;
import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FormErrors;
import com.salespact.base.ui.LiveRefresh;
import com.salespact.reviews.ReviewChanged;
import com.salespact.reviews.ReviewDetails;
import com.salespact.reviews.ReviewKind;
import com.salespact.reviews.CatchUpService;
import com.salespact.feedback.FeedbackService;
import com.salespact.pact.LadderService;
import com.salespact.reviews.ReviewService;
import com.salespact.security.CurrentUser;
import com.salespact.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * The meeting itself: a manager on a laptop and the rep on a tablet look at the same review, each seeing what they
 * may (the rep's screen never receives private items or the manager's notes). Facts on one side; the catch-up plan,
 * the manager's pact commitments, agenda, reasons, the quarterly plan, notes, actions and celebrations on the other.
 * "Mark held" freezes the facts (commitments included).
 */
@Route("reviews/:id")
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.REP_NAME})
public class ReviewView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final ReviewService reviews;
    private final H2 title = new H2();
    private final Div status = new Div();
    private final Paragraph meta = new Paragraph();
    private final Paragraph visibility = new Paragraph();
    final Button markHeld = new Button();
    final DatePicker moveTo = new com.salespact.base.ui.LocalizedDatePicker();
    final Button move = new Button();
    final Button cancel = new Button();
    private final Div scheduling = new Div();
    final FactsPanel facts;
    final AgendaSection agenda;
    final QuarterPlanSection plan;
    final ReasonsSection reasons;
    final CommitmentsSection commitments;
    final NotesSection notes;
    final ActionsSection actions;
    final CelebrationsSection celebrations;
    final CatchUpSection catchUp;
    final FeedbackSummarySection feedback360;
    final LadderReviewSection ladder;
    private ReviewDetails details;
    /** The shown review's rep, readable by the live-update check without the UI lock. */
    private volatile Long shownRep;
    private long reviewId;

    public ReviewView(ReviewService reviews, CatchUpService catchUps, FeedbackService feedbackService,
                      LadderService ladderService, CurrentUser currentUser, LiveUpdates live, CompanySettings settings,
                      Clock clock) {
        this.reviews = reviews;
        setId("review-view");
        addClassName("review-view");
        facts = new FactsPanel(settings.currency(), clock.getZone());
        agenda = new AgendaSection(reviews, this::reload);
        plan = new QuarterPlanSection(reviews, this::reload);
        reasons = new ReasonsSection(reviews, this::reload);
        commitments = new CommitmentsSection(reviews, this::reload);
        notes = new NotesSection(reviews, this::reload);
        actions = new ActionsSection(reviews, this::reload);
        celebrations = new CelebrationsSection(reviews, this::reload);
        catchUp = new CatchUpSection(reviews, catchUps, this::reload);
        feedback360 = new FeedbackSummarySection(reviews, feedbackService, this::reload);
        ladder = new LadderReviewSection(ladderService);

        Button back = new Button(getTranslation("review.back"), VaadinIcon.ARROW_LEFT.create(),
                event -> ReviewsNavigation.list(details == null ? null : details.managerView() ? details.repId() : null));
        back.setId("reviews-back");
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        markHeld.setText(getTranslation("review.mark-held"));
        markHeld.setId("mark-held");
        markHeld.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        markHeld.addClickListener(event -> hold());
        moveTo.setId("reschedule-date");
        moveTo.setAriaLabel(getTranslation("review.move-to"));
        moveTo.setMin(LocalDate.now(clock));
        move.setText(getTranslation("review.move"));
        move.setId("reschedule");
        move.addClickListener(event -> change(() -> {
            LocalDate asked = moveTo.getValue();
            LocalDate day = reviews.reschedule(reviewId, asked).scheduledFor();
            if (asked != null && !asked.equals(day)) {
                // A weekend or company holiday: say where the meeting went instead of moving it silently.
                FormErrors.success(getTranslation("review.moved-to-working-day", ReviewLabels.day(day)));
            }
        }));
        cancel.setText(getTranslation("review.cancel"));
        cancel.setId("cancel-review");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(event -> change(() -> reviews.cancel(reviewId)));
        scheduling.addClassName("review-form-row");
        scheduling.setId("review-scheduling");
        scheduling.add(moveTo, move, cancel);
        status.addClassName("review-header-status");
        meta.addClassName("review-meta");
        visibility.setId("review-visibility");
        visibility.addClassName("review-visibility");
        Div header = new Div(title, status, markHeld);
        header.addClassName("review-header");

        Div meeting = new Div(ladder, catchUp, commitments, agenda, reasons, plan, feedback360, notes, actions,
                celebrations);
        meeting.addClassName("review-meeting");
        Div columns = new Div(facts, meeting);
        columns.addClassName("review-columns");
        add(back, header, meta, scheduling, visibility, columns);

        Long teamId = currentUser.require().teamId();
        LiveRefresh.bind(this, live, () -> teamId, event -> event instanceof ReviewChanged changed
                && shownRep != null && changed.repId() == shownRep, event -> reload());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ReviewDetails> found;
        try {
            found = event.getRouteParameters().get("id").flatMap(ReviewsNavigation::number).flatMap(reviews::open);
        } catch (AccessDeniedException denied) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            // Somebody else's review looks exactly like a missing one: nothing is revealed.
            MissingRecord.reroute(event, getTranslation("review.not-found"), ReviewsView.class,
                    getTranslation("nav.reviews"));
            return;
        }
        show(found.get());
    }

    void reload() {
        reviews.open(reviewId).ifPresent(this::show);
    }

    private void show(ReviewDetails review) {
        details = review;
        shownRep = review.repId();
        reviewId = review.id();
        title.setText(ReviewLabels.kind(this, review.kind()) + " · " + review.repName());
        status.removeAll();
        status.add(ReviewLabels.status(this, review.status(), review.heldOnTime()));
        meta.setText(getTranslation("review.meta", ReviewLabels.day(review.scheduledFor()), review.managerName(),
                ReviewLabels.shortDay(review.period().start()), ReviewLabels.shortDay(review.period().end())));
        visibility.setText(getTranslation(review.managerView() ? "review.visibility.manager"
                : "review.visibility.rep"));
        markHeld.setVisible(review.managerView() && review.isOpen());
        scheduling.setVisible(review.managerView() && review.isOpen());
        moveTo.setValue(review.scheduledFor());
        facts.show(review);
        ladder.show(review);
        agenda.show(review);
        plan.setVisible(review.kind() == ReviewKind.QUARTERLY_PLAN || review.kind() == ReviewKind.MONTHLY);
        plan.show(review);
        // Both sides of the pact, and why the numbers moved, in every meeting but the pipeline review.
        boolean accountable = review.kind() != ReviewKind.PIPELINE;
        reasons.setVisible(accountable);
        reasons.show(review);
        commitments.setVisible(accountable);
        commitments.show(review);
        notes.show(review);
        actions.show(review);
        celebrations.show(review);
        feedback360.setVisible(review.kind() == ReviewKind.QUARTERLY_PLAN);
        if (feedback360.isVisible()) {
            feedback360.show(review);
        }
        catchUp.setVisible(review.kind() == ReviewKind.WEEKLY_ONE_ON_ONE || review.kind() == ReviewKind.QUARTERLY_PLAN);
        if (catchUp.isVisible()) {
            catchUp.show(review);
        }
    }

    private void hold() {
        try {
            show(reviews.markHeld(reviewId));
            FormErrors.success(getTranslation("review.held", details.repName()));
        } catch (RuleViolation violation) {
            FormErrors.error(violation.getMessage());
        }
    }

    private void change(Runnable action) {
        try {
            action.run();
            reload();
        } catch (RuleViolation violation) {
            FormErrors.error(violation.getMessage());
        }
    }

    ReviewDetails details() {
        return details;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.review");
    }
}
