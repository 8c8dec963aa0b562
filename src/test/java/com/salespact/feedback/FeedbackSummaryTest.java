package com.salespact.feedback;

import static com.salespact.feedback.FeedbackCast.LENA;
import static com.salespact.feedback.FeedbackCast.MARIA;
import static com.salespact.feedback.FeedbackCast.RAVI;
import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.base.DateRange;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Averages per relation, and what anonymity hides from whom. */
class FeedbackSummaryTest {

    private static final DateRange Q3 = new DateRange(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));

    private static FeedbackAnswer answered(FeedbackRelation relation, String name, String strengths,
                                           String improvements, int rating) {
        return new FeedbackAnswer(relation, name, true, strengths, improvements, rating);
    }

    private static FeedbackAnswer open(FeedbackRelation relation, String name) {
        return new FeedbackAnswer(relation, name, false, null, null, null);
    }

    private static final List<FeedbackAnswer> RAVIS_360 = List.of(
            answered(FeedbackRelation.SELF, "Ravi Patel", "Prospecting", "Forecast accuracy", 4),
            answered(FeedbackRelation.MANAGER, "Maria Novak", "Energy", "Qualify harder", 3),
            answered(FeedbackRelation.PEER, "Lena Kim", "Helps everyone", "Late with CRM updates", 4),
            answered(FeedbackRelation.PEER, "Jonas Berg", "Calm negotiator", null, 5),
            answered(FeedbackRelation.PEER, "Emma Larsen", "Always prepared", "Talks too much", 2),
            open(FeedbackRelation.PEER, "Oliver Hughes"));

    @Test
    void countsAndAveragesPerRelation() {
        FeedbackSummary summary = FeedbackSummary.of(MARIA, RAVI, Q3, RAVIS_360);

        assertThat(summary.asked()).isEqualTo(6);
        assertThat(summary.answered()).isEqualTo(5);
        assertThat(summary.relations()).extracting(FeedbackRelationSummary::relation)
                .containsExactly(FeedbackRelation.SELF, FeedbackRelation.MANAGER, FeedbackRelation.PEER);
        FeedbackRelationSummary peers = summary.relation(FeedbackRelation.PEER).orElseThrow();
        assertThat(peers.asked()).isEqualTo(4);
        assertThat(peers.answered()).isEqualTo(3);
        assertThat(peers.averageRating()).isEqualByComparingTo("3.7"); // (4 + 5 + 2) / 3
        assertThat(summary.relation(FeedbackRelation.SELF).orElseThrow().averageRating()).isEqualByComparingTo("4.0");
        assertThat(summary.relation(FeedbackRelation.UPWARD)).isEmpty();
    }

    @Test
    void peerAnswersCarryNoNamesAndAreSortedSoTheirOrderSaysNothing() {
        FeedbackRelationSummary peers = FeedbackSummary.of(MARIA, RAVI, Q3, RAVIS_360)
                .relation(FeedbackRelation.PEER).orElseThrow();

        assertThat(peers.respondents()).isEmpty();
        assertThat(peers.strengths()).containsExactly("Always prepared", "Calm negotiator", "Helps everyone");
        assertThat(peers.improvements()).containsExactly("Late with CRM updates", "Talks too much");
        assertThat(peers.toString()).doesNotContain("Lena", "Jonas", "Emma", "Oliver");
    }

    @Test
    void selfAndManagerAnswersAreNamed() {
        FeedbackSummary summary = FeedbackSummary.of(RAVI, RAVI, Q3, RAVIS_360);

        assertThat(summary.relation(FeedbackRelation.MANAGER).orElseThrow().respondents())
                .containsExactly("Maria Novak");
        assertThat(summary.relation(FeedbackRelation.SELF).orElseThrow().strengths()).containsExactly("Prospecting");
    }

    @Test
    void theSubjectDoesNotSeeASinglePeerAnswer() {
        List<FeedbackAnswer> onePeer = List.of(
                answered(FeedbackRelation.PEER, "Lena Kim", "Helps everyone", "Late with CRM updates", 4),
                open(FeedbackRelation.PEER, "Jonas Berg"));

        FeedbackRelationSummary forRavi = FeedbackSummary.of(RAVI, RAVI, Q3, onePeer)
                .relation(FeedbackRelation.PEER).orElseThrow();
        assertThat(forRavi.withheld()).isTrue();
        assertThat(forRavi.shown()).isFalse();
        assertThat(forRavi.answered()).isEqualTo(1);
        assertThat(forRavi.averageRating()).isNull();
        assertThat(forRavi.strengths()).isEmpty();
        assertThat(forRavi.improvements()).isEmpty();

        FeedbackRelationSummary forMaria = FeedbackSummary.of(MARIA, RAVI, Q3, onePeer)
                .relation(FeedbackRelation.PEER).orElseThrow();
        assertThat(forMaria.shown()).isTrue();
        assertThat(forMaria.strengths()).containsExactly("Helps everyone");
        assertThat(forMaria.respondents()).isEmpty();
    }

    @Test
    void aManagerSeesUpwardAnswersAboutThemselvesOnlyFromTwoOn() {
        FeedbackAnswer first = answered(FeedbackRelation.UPWARD, "Ravi Patel", "Clear priorities", "More 1:1 time", 4);
        FeedbackAnswer second = answered(FeedbackRelation.UPWARD, "Lena Kim", "Fair", "Faster deal support", 3);

        assertThat(FeedbackSummary.of(MARIA, MARIA, Q3, List.of(first)).relation(FeedbackRelation.UPWARD)
                .orElseThrow().withheld()).isTrue();
        FeedbackRelationSummary both = FeedbackSummary.of(MARIA, MARIA, Q3, List.of(second, first))
                .relation(FeedbackRelation.UPWARD).orElseThrow();
        assertThat(both.shown()).isTrue();
        assertThat(both.averageRating()).isEqualByComparingTo("3.5");
        assertThat(both.strengths()).containsExactly("Clear priorities", "Fair");
        assertThat(both.respondents()).isEmpty();
    }

    @Test
    void nothingAskedIsAnEmptySummary() {
        FeedbackSummary summary = FeedbackSummary.of(LENA, LENA, Q3, List.of());
        assertThat(summary.isEmpty()).isTrue();
        assertThat(summary.relations()).isEmpty();
    }
}
