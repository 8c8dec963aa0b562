package com.salespact.reviews.ui;

import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FormErrors;
import com.salespact.people.PeopleService;
import com.salespact.people.PersonSummary;
import com.salespact.reviews.ReviewKind;
import com.salespact.reviews.ReviewRow;
import com.salespact.reviews.ReviewService;
import com.salespact.security.CurrentUser;
import com.salespact.security.Role;
import com.salespact.security.SignedInUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Weekly 1:1s and quarterly plan reviews. A manager sees the team rep by rep, those behind on pace first (pace,
 * next review, last one held, open actions), schedules the next, and lists upcoming and past reviews (all, or one
 * rep's: {@code reviews?rep=12}). A rep sees their own and opens their next 1:1 to prepare it.
 */
@Route("reviews")
@Menu(order = 7, icon = "CALENDAR_USER", title = "nav.reviews")
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.REP_NAME})
public class ReviewsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final int PAST_ROWS = 60;

    private final ReviewService reviews;
    private final SignedInUser me;
    private final Clock clock;
    final TeamReviewsGrid team;
    final ComboBox<PersonSummary> repFilter = new ComboBox<>();
    final Select<ReviewKind> kind = new Select<>();
    final DatePicker date = new com.salespact.base.ui.LocalizedDatePicker();
    final Button schedule = new Button();
    final Button openNext = new Button();
    final Grid<ReviewRow> upcoming = rowGrid("upcoming-reviews");
    final Grid<ReviewRow> past = rowGrid("past-reviews");
    private final Div managerTools = new Div();
    private boolean routing;

    public ReviewsView(ReviewService reviews, PeopleService people, CurrentUser currentUser, Clock clock) {
        this.reviews = reviews;
        this.me = currentUser.require();
        this.clock = clock;
        setId("reviews-view");
        addClassName("reviews-view");

        openNext.setText(getTranslation(me.isRep() ? "reviews.open-my-next" : "reviews.open-next"));
        openNext.setId("open-next");
        openNext.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        openNext.addClickListener(event -> openNextOneOnOne());
        openNext.setVisible(me.isRep());
        team = new TeamReviewsGrid(repId -> ReviewsNavigation.open(reviews.nextOneOnOne(repId).id()));

        repFilter.setId("review-rep-filter");
        repFilter.setLabel(getTranslation("reviews.rep"));
        repFilter.setItems(people.visibleReps());
        repFilter.setItemLabelGenerator(PersonSummary::fullName);
        repFilter.setClearButtonVisible(true);
        repFilter.setPlaceholder(getTranslation("reviews.all-reps"));
        repFilter.addValueChangeListener(event -> {
            if (!routing) {
                ReviewsNavigation.list(event.getValue() == null ? null : event.getValue().id());
            }
        });
        kind.setId("schedule-kind");
        kind.setLabel(getTranslation("reviews.kind"));
        kind.setItems(ReviewKind.WEEKLY_ONE_ON_ONE, ReviewKind.QUARTERLY_PLAN);
        kind.setItemLabelGenerator(k -> ReviewLabels.kind(this, k));
        kind.setValue(ReviewKind.WEEKLY_ONE_ON_ONE);
        date.setId("schedule-date");
        date.setLabel(getTranslation("reviews.date"));
        date.setMin(LocalDate.now(clock));
        schedule.setText(getTranslation("reviews.schedule"));
        schedule.setId("schedule-review");
        schedule.addClickListener(event -> scheduleReview());
        Div scheduleRow = new Div(repFilter, kind, date, schedule);
        scheduleRow.setId("review-schedule");
        scheduleRow.addClassName("review-form-row");
        managerTools.add(new H3(getTranslation("reviews.team")), team, scheduleRow);
        managerTools.setVisible(!me.isRep());
        managerTools.setWidthFull();

        add(openNext, managerTools, new H3(getTranslation("reviews.upcoming")), upcoming,
                new H3(getTranslation("reviews.past")), past);
    }

    private Grid<ReviewRow> rowGrid(String id) {
        Grid<ReviewRow> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(row -> ReviewLabels.day(row.scheduledFor())).setHeader(getTranslation("reviews.date"));
        grid.addColumn(row -> ReviewLabels.kind(this, row.kind())).setHeader(getTranslation("reviews.kind"));
        grid.addColumn(ReviewRow::repName).setHeader(getTranslation("dashboard.rep"));
        grid.addComponentColumn(row -> ReviewLabels.status(this, row)).setHeader(getTranslation("reviews.status"));
        grid.addItemClickListener(event -> ReviewsNavigation.open(event.getItem().id()));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT); // "Wöchentliches 1:1-Gespräch" whole on a tablet
        grid.addClassName("review-rows");
        return grid;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long rep = me.isRep() ? null : ReviewsNavigation.rep(event.getLocation().getQueryParameters()).orElse(null);
        routing = true;
        try {
            repFilter.setValue(rep == null ? null : repFilter.getListDataView().getItems()
                    .filter(person -> person.id() == rep).findFirst().orElse(null));
        } finally {
            routing = false;
        }
        refresh();
    }

    void refresh() {
        Long rep = repFilter.getValue() == null ? null : repFilter.getValue().id();
        if (!me.isRep()) {
            team.show(reviews.overview());
        }
        upcoming.setItems(reviews.upcoming(rep));
        past.setItems(reviews.past(rep, PAST_ROWS));
    }

    private void openNextOneOnOne() {
        ReviewsNavigation.open(reviews.nextOneOnOne(me.personId()).id());
    }

    private void scheduleReview() {
        repFilter.setInvalid(false);
        date.setInvalid(false);
        if (repFilter.getValue() == null) {
            FormErrors.show(new RuleViolation("repId", getTranslation("reviews.choose-rep")), Map.of("repId", repFilter));
            return;
        }
        try {
            ReviewRow row = reviews.schedule(repFilter.getValue().id(), kind.getValue(),
                    date.getValue() == null ? LocalDate.now(clock) : date.getValue());
            FormErrors.success(getTranslation("reviews.scheduled", ReviewLabels.kind(this, row.kind()), row.repName(),
                    ReviewLabels.day(row.scheduledFor())));
            refresh();
        } catch (RuleViolation violation) {
            FormErrors.show(violation, Map.of("date", date, "repId", repFilter));
        }
    }

    List<ReviewRow> upcomingRows() {
        return upcoming.getGenericDataView().getItems().toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.reviews");
    }
}
