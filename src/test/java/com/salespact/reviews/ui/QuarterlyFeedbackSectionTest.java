package com.salespact.reviews.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.base.ui.KaribuTest;
import com.vaadin.flow.component.UI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The quarterly plan review shows the quarter's 360 answers, summarised, for the manager who runs it. */
class QuarterlyFeedbackSectionTest extends KaribuTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void theQuarterlyReviewStartsFromThe360Summary() {
        Map<String, Object> review = jdbc.queryForMap("""
                select min(r.id) as id, min(p.username) as username from review r join person p on p.id = r.rep_id
                join person m on m.username = 'manager' and m.team_id = p.team_id
                where r.kind = 'QUARTERLY_PLAN' and exists (select 1 from feedback_request f where f.subject_id = r.rep_id
                  and f.answered_at is not null and f.period_start <= r.period_end and f.period_end >= r.period_start)""");
        long reviewId = ((Number) review.get("id")).longValue();
        int answered = jdbc.queryForObject("""
                select count(*) from feedback_request f join review r on r.rep_id = f.subject_id and r.id = ?
                where f.answered_at is not null and f.period_start <= r.period_end and f.period_end >= r.period_start""",
                Integer.class, reviewId);

        login("manager");
        UI.getCurrent().navigate(ReviewsNavigation.location(reviewId));

        String section = _get(FeedbackSummarySection.class).getElement().getTextRecursively();
        assertThat(section).contains(answered + " of ").contains("have answered").contains("Self-assessment");
    }
}
