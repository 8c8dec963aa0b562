package com.salespact.reviews.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.base.CompanySettings;
import com.salespact.base.DateRange;
import com.salespact.base.ui.KaribuTest;
import com.salespact.goals.query.PaceQuery;
import com.salespact.goals.query.RepPace;
import com.salespact.reviews.CatchUpService;
import com.salespact.reviews.ReviewService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * A rep who fell behind gets a catch-up plan drafted onto their next 1:1: the gap and weekly numbers from their sales
 * formula, the consequence-ladder rung their signed pact agreed, an agenda item and an action for the rep.
 */
class CatchUpSectionTest extends KaribuTest {

    /** South rep at about 74 % of pace in the demo, with a signed pact. */
    private static final String REP = "asouza";

    @Autowired ReviewService reviews;
    @Autowired CatchUpService catchUps;
    @Autowired PaceQuery paceQuery;
    @Autowired CompanySettings settings;
    @Autowired JdbcTemplate jdbc;

    private long repId;

    /** The plans, agenda points and actions a test drafts are removed afterwards with the reviews they went on. */
    @BeforeEach
    void keepTheRepsReviews() {
        repId = kept.reviewsOf(company.personId(REP));
    }

    @Test
    void aRepFallingBehindGetsADraftedPlanOnTheNextOneOnOne() {
        login("sofia");
        long next = reviews.nextOneOnOne(repId).id();
        UI.getCurrent().navigate(ReviewsNavigation.location(next));
        assertThat(_find(Paragraph.class, spec -> spec.withId("catch-up-summary"))).isEmpty();

        _click(_get(Button.class, spec -> spec.withId("catch-up-check")));

        LocalDate today = LocalDate.of(2026, 11, 18);
        DateRange quarter = settings.calendar().quarterOf(today);
        RepPace pace = paceQuery.rep(repId, quarter, today);
        BigDecimal gap = pace.target().subtract(pace.actualRevenue()).setScale(2, RoundingMode.HALF_UP);
        String summary = _get(Paragraph.class, spec -> spec.withId("catch-up-summary")).getText();
        // 31 working days are left after 18 Nov in Q4 2026: seven selling weeks (rounded up).
        assertThat(summary).startsWith("Close a gap of €" + String.format(java.util.Locale.ENGLISH, "%,.0f", gap)
                        + " in 7 weeks: ")
                .contains("new opportunities", "meetings", "calls a week");
        // The figures read as the rest of the app writes them: the gap in the company currency, grouped.
        assertThat(_find(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("catch-up-number")))
                .first().extracting(com.vaadin.flow.component.html.Span::getText)
                .isEqualTo("€" + String.format(java.util.Locale.ENGLISH, "%,.0f", gap));
        assertThat(jdbc.queryForObject("select count(*) from agenda_item where review_id = ? and text like 'Catch-up plan:%'",
                Integer.class, next)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from action_item a join catch_up_plan c on c.id = a.catch_up_plan_id"
                + " where c.rep_id = ? and a.owner_id = ?", Integer.class, repId, repId)).isEqualTo(1);

        // Checking again does not draft a second plan.
        assertThat(catchUps.draftIfBehind(repId)).isPresent();
        assertThat(jdbc.queryForObject("select count(*) from catch_up_plan where rep_id = ?", Integer.class, repId))
                .isEqualTo(1);

        // The rep sees the same plan on their 1:1 and cannot draft or read another rep's.
        login(REP);
        UI.getCurrent().navigate(ReviewsNavigation.location(next));
        assertThat(_get(Paragraph.class, spec -> spec.withId("catch-up-summary")).getText()).isEqualTo(summary);
        assertThat(_find(Button.class, spec -> spec.withId("catch-up-agree"))).isEmpty();
        long other = company.personId("lmoreau");
        assertThatThrownBy(() -> catchUps.open(other)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catchUps.draftIfBehind(repId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRepOnTrackGetsNoPlan() {
        login("manager");
        long lenaKim = kept.reviewsOf(company.personId("lkim"));
        var assessment = catchUps.assess(lenaKim);

        assertThat(catchUps.draftIfBehind(lenaKim).isPresent()).isEqualTo(assessment.needed());
    }
}
