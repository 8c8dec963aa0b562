package com.salespact.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.TestSupport;
import com.salespact.base.DateRange;
import com.salespact.base.ui.KaribuTest;
import com.salespact.reviews.ReviewDeadline;
import com.salespact.reviews.ReviewService;
import com.salespact.reviews.query.ReviewDeadlineQuery;
import com.salespact.security.DisplayGrant;
import com.salespact.security.DisplayTokenService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The wall's "upcoming reviews" slide: dates and rep names of the team's reviews, nothing private. */
class WallReviewDeadlinesTest extends KaribuTest {

    @Autowired DisplayTokenService displays;
    @Autowired ReviewService reviews;
    @Autowired ReviewDeadlineQuery deadlines;
    @Autowired UserDetailsService users;

    /** The wall links made here are deleted afterwards. */
    @BeforeEach
    void forgetNewTokens() {
        kept.addedTo("display_token");
    }

    @Test
    void wallListsUpcomingReviewsWithoutAnythingPrivate() {
        TestSupport.signIn(users, "manager");
        long repId = company.personId("elarsen");
        long reviewId = reviews.nextOneOnOne(repId).id();
        kept.keep("review", "id = ?", reviewId).keep("agenda_item", "review_id = ?", reviewId);
        reviews.addAgendaItem(reviewId, "Emma's sick days", true);
        long version = reviews.open(reviewId).orElseThrow().version();
        reviews.saveManagerNotes(reviewId, version, "Talk about the promotion");
        String token = displays.create("Reviews TV", company.teamOf("manager"), 20);
        TestSupport.signOut();

        UI.getCurrent().navigate("wall/" + token);
        String slide = _get(Div.class, spec -> spec.withId("wall-reviews")).getElement().getTextRecursively();
        assertThat(slide).contains("Fri 20 Nov", "Weekly 1:1", "Emma Larsen")
                .doesNotContain("sick days").doesNotContain("promotion");
        List<String> southReps = company.repNamesOf(company.teamOf("sofia"), null);
        assertThat(southReps).allSatisfy(name -> assertThat(slide).doesNotContain(name));
    }

    @Test
    void displayReadsOnlyItsOwnTeamsDeadlines() {
        TestSupport.signIn(users, "manager");
        String token = displays.create("Deadline TV", company.teamOf("manager"), 20);
        TestSupport.signOut();
        DisplayGrant grant = displays.open(token).orElseThrow();
        DateRange next = new DateRange(LocalDate.of(2026, 11, 18), LocalDate.of(2026, 12, 2));
        List<ReviewDeadline> own = displays.callAs(grant, () -> deadlines.upcoming(company.teamOf("manager"), next));
        assertThat(own).allSatisfy(deadline -> assertThat(deadline.date()).isBetween(next.start(), next.end()));
        assertThatThrownBy(() -> displays.callAs(grant, () -> deadlines.upcoming(company.teamOf("sofia"), next)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
