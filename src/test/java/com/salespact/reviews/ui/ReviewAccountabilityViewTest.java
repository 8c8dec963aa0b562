package com.salespact.reviews.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.base.Pace;
import com.salespact.base.ui.KaribuTest;
import com.salespact.pact.CommitmentKind;
import com.salespact.pact.query.CommitmentActual;
import com.salespact.reviews.ReasonCode;
import com.salespact.reviews.ReviewKind;
import com.salespact.reviews.ReviewRow;
import com.salespact.reviews.ReviewService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pact's two sides in the meetings: the 1:1 and the quarterly review show the manager's commitments in pace
 * colours and record why the numbers moved with the same reason codes; the quarterly review shows the catch-up plan.
 */
class ReviewAccountabilityViewTest extends KaribuTest {

    @Autowired ReviewService reviews;

    private static CommitmentActual shown(ReviewView view, CommitmentKind kind) {
        return view.commitments.table.items().stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }

    private static String html(ReviewView view) {
        return view.commitments.table.getElement().getProperty("innerHTML");
    }

    @Test
    void aOneOnOneShowsTheManagersCommitmentsAndRecordsWhyTheWeekMoved() {
        login("sofia");
        long reviewId = reviews.nextOneOnOne(kept.reviewsOf(company.personId("cconti"))).id();
        UI.getCurrent().navigate(ReviewsNavigation.location(reviewId));
        ReviewView view = _get(ReviewView.class);

        assertThat(view.commitments.isVisible()).isTrue();
        assertThat(shown(view, CommitmentKind.ONE_ON_ONE).pace()).as("no 1:1 held yet this week")
                .isEqualTo(Pace.AT_RISK);
        assertThat(html(view)).contains("Weekly 1:1, 30 minutes, prepared from facts", "data-pace=\"AT_RISK\"",
                "Coaching in the field or on calls", "agreed, not measured");
        assertThat(view.catchUp.isVisible()).isTrue();
        assertThat(view.plan.isVisible()).as("the quarterly plan is not a 1:1's").isFalse();

        assertThat(view.reasons.isVisible()).isTrue();
        assertThat(view.reasons.period.getValue()).as("the week the 1:1 reviews").isEqualTo("W47");
        view.reasons.code.setValue(ReasonCode.BIG_WIN);
        view.reasons.reasonText.setValue("Harbourside signed early");
        _click(_get(Button.class, spec -> spec.withId("add-reason")));
        assertThat(_get(Div.class, spec -> spec.withId("review-reasons")).getElement().getTextRecursively())
                .contains("W47", "Big win", "Harbourside signed early", "▲");

        _click(_get(Button.class, spec -> spec.withId("mark-held")));
        assertThat(shown(view, CommitmentKind.ONE_ON_ONE).pace()).as("held: this 1:1 keeps the promise")
                .isEqualTo(Pace.ON_TRACK);
        assertThat(_find(Button.class, spec -> spec.withId("add-reason"))).as("closed once held").isEmpty();

        login("cconti");
        UI.getCurrent().navigate(ReviewsNavigation.location(reviewId));
        view = _get(ReviewView.class);
        assertThat(html(view)).as("the rep sees what the manager promised").contains("Weekly 1:1", "ON_TRACK");
        assertThat(_get(Div.class, spec -> spec.withId("review-reasons")).getElement().getTextRecursively())
                .contains("Harbourside signed early");
    }

    @Test
    void aQuarterlyReviewShowsTheCommitmentsTheReasonsAndTheCatchUpPlan() {
        login("sofia");
        ReviewRow quarterly = reviews.upcoming(kept.reviewsOf(company.personId("cconti"))).stream()
                .filter(row -> row.kind() == ReviewKind.QUARTERLY_PLAN).findFirst().orElseThrow();
        UI.getCurrent().navigate(ReviewsNavigation.location(quarterly.id()));
        ReviewView view = _get(ReviewView.class);

        assertThat(shown(view, CommitmentKind.ONE_ON_ONE).monthTarget()).as("measured over the quarter")
                .isEqualByComparingTo("13.2");
        assertThat(_get(Div.class, spec -> spec.withId("review-commitments")).getElement().getTextRecursively())
                .contains("1 Oct", "31 Dec");
        assertThat(view.catchUp.isVisible()).as("the catch-up plan is part of the quarterly review").isTrue();
        assertThat(_get(Div.class, spec -> spec.withId("review-catch-up")).getElement().getTextRecursively())
                .containsAnyOf("No catch-up plan", "Consequence ladder");
        assertThat(view.reasons.period.getListDataView().getItems().toList()).contains("Oct 2026", "W47");
        view.reasons.period.setValue("Oct 2026");
        view.reasons.code.setValue(ReasonCode.OTHER);
        _click(_get(Button.class, spec -> spec.withId("add-reason")));
        assertThat(view.reasons.reasonText.isInvalid()).as("the refusal is shown at the field").isTrue();
        assertThat(view.reasons.reasonText.getErrorMessage()).isEqualTo("Say what the other reason is");
    }

    @Test
    void movingAMeetingToAWeekendTakesTheNextWorkingDayAndSaysSo() {
        login("sofia");
        long reviewId = reviews.nextOneOnOne(kept.reviewsOf(company.personId("dalvarez"))).id();
        UI.getCurrent().navigate(ReviewsNavigation.location(reviewId));
        _get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId("reschedule-date"))
                .setValue(java.time.LocalDate.of(2026, 11, 28));
        _click(_get(Button.class, spec -> spec.withId("reschedule")));
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications(
                "Not a working day (weekend or company holiday): moved to Mon, 30 Nov 2026");
        assertThat(_get(ReviewView.class).details().scheduledFor()).isEqualTo(java.time.LocalDate.of(2026, 11, 30));
    }
}
