package com.salespact.reviews.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.salespact.SeededCompany.StoredReview;
import com.salespact.base.CompanySettings;
import com.salespact.base.DateRange;
import com.salespact.base.ui.KaribuTest;
import com.salespact.base.ui.PaceBadge;
import com.salespact.base.ui.UserFormats;
import com.salespact.goals.query.PaceQuery;
import com.salespact.goals.query.RepPace;
import com.salespact.base.ui.chart.EChart;
import com.salespact.people.PersonSummary;
import com.salespact.reviews.ReasonCode;
import com.salespact.reviews.RepReviews;
import com.salespact.reviews.ReviewKind;
import com.salespact.reviews.ReviewRow;
import com.salespact.reviews.ReviewService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReviewViewsTest extends KaribuTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

    @Autowired ReviewService reviews;
    @Autowired PaceQuery paceQuery;
    @Autowired CompanySettings settings;

    /** The text of a part of the page, including checkbox labels (items are checkboxes to tick off). */
    private static String text(String id) {
        com.vaadin.flow.component.Component part = _get(com.vaadin.flow.component.Component.class,
                spec -> spec.withId(id));
        StringBuilder text = new StringBuilder(part instanceof com.salespact.base.ui.KpiCard card ? card.text()
                : part.getElement().getTextRecursively());
        _find(part, com.vaadin.flow.component.checkbox.Checkbox.class)
                .forEach(box -> text.append(' ').append(box.getLabel()));
        return text.toString();
    }

    private static void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    @Test
    void managerRunsAOneOnOneRepSeesOnlySharedPartsAndTheNextOneCarriesTheAction() {
        login("manager");
        long reviewId = reviews.nextOneOnOne(kept.reviewsOf(company.personId("rep"))).id();
        UI.getCurrent().navigate(ReviewsNavigation.location(reviewId));
        ReviewView view = _get(ReviewView.class);
        assertThat(text("review-visibility")).contains("Private items are visible only to managers");
        assertThat(text("review-facts-when")).contains("Live figures");
        assertThat(text("review-kpi-won")).contains("Won in Q4 FY2026");

        view.agenda.text.setValue("How Ravi speaks about the Calder buyer");
        view.agenda.privateItem.setValue(true);
        click("add-agenda");
        view.agenda.text.setValue("December pipeline");
        click("add-agenda");
        assertThat(text("agenda-items")).contains("How Ravi speaks about the Calder buyer", "December pipeline",
                "Private");

        view.notes.shared.setValue("Two proposals out by Friday");
        view.notes.managerNotes.setValue("Ready for the key-account role?");
        click("save-notes");
        view.actions.text.setValue("Send Calder the revised proposal");
        view.actions.due.setValue(LocalDate.of(2026, 11, 25));
        click("add-action");
        view.celebrations.text.setValue("First meeting with the Calder CFO");
        view.celebrations.big.setValue(true);
        click("add-celebration");
        assertThat(text("action-items")).contains("Send Calder the revised proposal", "Ravi Patel", "due 25 Nov");
        assertThat(text("celebration-items")).contains("First meeting with the Calder CFO");

        click("mark-held");
        assertThat(company.review(reviewId).status()).isEqualTo("HELD");
        assertThat(company.review(reviewId).factsSnapshot()).contains("\"quarter\"");
        assertThat(_find(Button.class, spec -> spec.withId("mark-held"))).isEmpty();
        assertThat(text("review-facts-when")).contains("frozen when the review was held");
        assertThat(_find(Button.class, spec -> spec.withId("add-agenda"))).as("the agenda is closed").isEmpty();

        login("rep");
        UI.getCurrent().navigate(ReviewsNavigation.location(reviewId));
        view = _get(ReviewView.class);
        assertThat(text("agenda-items")).contains("December pipeline")
                .doesNotContain("Calder buyer").doesNotContain("Private");
        assertThat(_find(TextArea.class, spec -> spec.withId("manager-notes"))).isEmpty();
        assertThat(view.notes.managerNotes.getValue()).isEmpty();
        assertThat(view.notes.shared.getValue()).isEqualTo("Two proposals out by Friday");
        assertThat(view.details().managerNotes()).isNull();
        assertThat(_find(Button.class, spec -> spec.withId("mark-held"))).isEmpty();

        UI.getCurrent().navigate(ReviewsView.class);
        click("open-next");
        view = _get(ReviewView.class);
        assertThat(view.details().id()).isNotEqualTo(reviewId);
        assertThat(text("action-items")).contains("Send Calder the revised proposal", "Carried over");
        view.agenda.text.setValue("Help with Calder pricing");
        click("add-agenda");
        assertThat(_find(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("agenda-private")))
                .as("a rep cannot make an item private").isEmpty();
        assertThat(text("agenda-items")).contains("Help with Calder pricing");
    }

    @Test
    void repCannotOpenAnotherRepsReviewByUrl() {
        login("manager");
        long teammates = reviews.nextOneOnOne(kept.reviewsOf(company.personId("jberg"))).id();
        login("rep");
        UI.getCurrent().navigate(ReviewsNavigation.location(teammates));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(com.salespact.base.ui.NotFoundView.class);
        assertThat(_find(ReviewView.class)).isEmpty();
        assertThat(text("error-text")).isEqualTo("That review does not exist or is not yours to see.");
        UI.getCurrent().navigate(ReviewsNavigation.location(Long.MAX_VALUE));
        assertThat(_find(ReviewView.class)).isEmpty();
        assertThat(text("error-text")).isEqualTo("That review does not exist or is not yours to see.");
    }

    @Test
    void theTeamListShowsEachRepsPaceBadgeAndOpensOnThoseAtRiskAndBehind() {
        login("manager");
        UI.getCurrent().navigate(ReviewsView.class);
        @SuppressWarnings("unchecked")
        Grid<RepReviews> team = _get(Grid.class, spec -> spec.withId("review-team"));
        List<RepReviews> lines = GridKt._fetch(team, 0, 50);
        DateRange quarter = settings.calendar().quarterOf(TODAY);

        List<String> badges = new ArrayList<>();
        for (int row = 0; row < lines.size(); row++) {
            RepPace expected = paceQuery.rep(lines.get(row).repId(), quarter, TODAY);
            PaceBadge badge = (PaceBadge) GridKt._getCellComponent(team, row, "pace");
            assertThat(badge.getElement().getAttribute("data-pace")).as(expected.fullName())
                    .isEqualTo(expected.pace().name());
            assertThat(badge.getText()).isEqualTo(badge.getTranslation("pace." + expected.pace().name()) + " · "
                    + UserFormats.current().percent(expected.attainment()));
            badges.add(expected.fullName() + ": " + badge.getText().replaceAll(" ·.*", ""));
        }
        // The demo's North team: Jonas Berg (68 % of his target) and Oliver Hughes (80 %) at risk, Ravi Patel (92 %)
        // behind, then those on track, each group by name.
        assertThat(badges).containsExactly("Jonas Berg: At risk", "Oliver Hughes: At risk", "Ravi Patel: Behind",
                "Emma Larsen: On track", "Freya Nilsson: On track", "Lena Kim: On track");
    }

    @Test
    void managerSeesTheTeamRepByRepAndSchedulesAQuarterlyReview() {
        login("sofia");
        long marcoId = kept.reviewsOf(company.personId("mbianchi"));
        reviews.upcoming(marcoId).stream().filter(row -> row.kind() == ReviewKind.QUARTERLY_PLAN)
                .forEach(row -> reviews.cancel(row.id()));
        UI.getCurrent().navigate(ReviewsView.class);
        @SuppressWarnings("unchecked")
        Grid<RepReviews> team = _get(Grid.class, spec -> spec.withId("review-team"));
        List<RepReviews> lines = GridKt._fetch(team, 0, 50);
        assertThat(lines).extracting(RepReviews::repName).containsExactlyInAnyOrderElementsOf(
                company.repNamesOf(company.teamOf("sofia"), null));

        ReviewsView view = _get(ReviewsView.class);
        @SuppressWarnings("unchecked")
        ComboBox<PersonSummary> rep = _get(ComboBox.class, spec -> spec.withId("review-rep-filter"));
        PersonSummary marco = rep.getListDataView().getItems().filter(p -> p.username().equals("mbianchi"))
                .findFirst().orElseThrow();
        rep.setValue(marco);
        view = _get(ReviewsView.class);
        assertThat(view.upcomingRows()).allSatisfy(row -> assertThat(row.repId()).isEqualTo(marco.id()));
        @SuppressWarnings("unchecked")
        Select<ReviewKind> kind = _get(Select.class, spec -> spec.withId("schedule-kind"));
        kind.setValue(ReviewKind.QUARTERLY_PLAN);
        _get(DatePicker.class, spec -> spec.withId("schedule-date")).setValue(LocalDate.of(2026, 12, 11));
        click("schedule-review");
        ReviewRow quarterly = view.upcomingRows().stream().filter(row -> row.kind() == ReviewKind.QUARTERLY_PLAN)
                .findFirst().orElseThrow();
        assertThat(quarterly.scheduledFor()).isEqualTo(LocalDate.of(2026, 12, 11));

        UI.getCurrent().navigate(ReviewsNavigation.location(quarterly.id()));
        ReviewView review = _get(ReviewView.class);
        EChart chart = _get(EChart.class, spec -> spec.withId("review-quarter-chart"));
        assertThat(chart.getOption().categories()).hasSize(14).startsWith("W40");
        assertThat(text("review-months")).contains("Oct 2026", "Nov 2026", "Dec 2026");
        assertThat(_get(Paragraph.class, spec -> spec.withId("review-first-hint")).getText())
                .as("the demo held one for the last quarter").contains("continues the last one");

        review.reasons.period.setValue("Nov 2026");
        review.reasons.code.setValue(ReasonCode.DEAL_SLIPPED);
        review.reasons.reasonText.setValue("Ironbridge pushed to January");
        click("add-reason");
        assertThat(text("review-reasons")).contains("Nov 2026", "Deal slipped", "Ironbridge pushed to January", "▼");
        review.plan.plan.setValue("Three new meetings a week with B accounts");
        click("save-plan");
        review.plan.managerFeedback.setValue("Solid; add the Dunmore upsell");
        click("save-feedback");
        StoredReview stored = company.review(quarterly.id());
        assertThat(stored.planText() + " / " + stored.managerFeedback()).isEqualTo("Three new meetings a week with B"
                + " accounts / Solid; add the Dunmore upsell");

        login("mbianchi");
        UI.getCurrent().navigate(ReviewsNavigation.location(quarterly.id()));
        review = _get(ReviewView.class);
        assertThat(review.plan.managerFeedback.isReadOnly()).isTrue();
        assertThat(review.plan.managerFeedback.getValue()).isEqualTo("Solid; add the Dunmore upsell");
        assertThat(_find(Button.class, spec -> spec.withId("save-feedback"))).isEmpty();
    }

    @Test
    void managerMovesAndCancelsAReviewRepCannot() {
        login("manager");
        long reviewId = reviews.nextOneOnOne(kept.reviewsOf(company.personId("ohughes"))).id();
        UI.getCurrent().navigate(ReviewsNavigation.location(reviewId));
        _get(DatePicker.class, spec -> spec.withId("reschedule-date")).setValue(LocalDate.of(2026, 11, 19));
        click("reschedule");
        assertThat(company.review(reviewId).scheduledFor()).isEqualTo(LocalDate.of(2026, 11, 19));
        assertThat(_get(ReviewView.class).details().scheduledFor()).isEqualTo(LocalDate.of(2026, 11, 19));

        login("ohughes");
        UI.getCurrent().navigate(ReviewsNavigation.location(reviewId));
        assertThat(_find(Button.class, spec -> spec.withId("cancel-review"))).isEmpty();

        login("manager");
        UI.getCurrent().navigate(ReviewsNavigation.location(reviewId));
        click("cancel-review");
        assertThat(company.review(reviewId).status()).isEqualTo("CANCELLED");
        assertThat(_find(Button.class, spec -> spec.withId("mark-held"))).isEmpty();
        assertThat(reviews.nextOneOnOne(company.personId("ohughes")).id()).as("a new one is scheduled")
                .isNotEqualTo(reviewId);
    }

    @Test
    void repSeesOnlyOwnReviews() {
        login("rep");
        UI.getCurrent().navigate(ReviewsView.class);
        assertThat(_find(Grid.class, spec -> spec.withId("review-team"))).isEmpty();
        assertThat(_find(ComboBox.class, spec -> spec.withId("review-rep-filter"))).isEmpty();
        @SuppressWarnings("unchecked")
        Grid<ReviewRow> past = _get(Grid.class, spec -> spec.withId("past-reviews"));
        assertThat(GridKt._fetch(past, 0, 100))
                .allSatisfy(row -> assertThat(row.repId()).isEqualTo(company.personId("rep")));
    }
}
