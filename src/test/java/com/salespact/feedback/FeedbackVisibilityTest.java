package com.salespact.feedback;

import static com.salespact.feedback.FeedbackCast.ADMIN;
import static com.salespact.feedback.FeedbackCast.GONE;
import static com.salespact.feedback.FeedbackCast.LENA;
import static com.salespact.feedback.FeedbackCast.MARCO;
import static com.salespact.feedback.FeedbackCast.MARIA;
import static com.salespact.feedback.FeedbackCast.RAVI;
import static com.salespact.feedback.FeedbackCast.SOFIA;
import static com.salespact.feedback.FeedbackVisibility.canSeeNote;
import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.feedback.FeedbackVisibility.Refusal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Who may give, read and ask for feedback. */
class FeedbackVisibilityTest {

    @Test
    void relationsFollowWhoLeadsWhom() {
        assertThat(FeedbackRelation.of(MARIA, RAVI)).isEqualTo(FeedbackRelation.MANAGER);
        assertThat(FeedbackRelation.of(RAVI, MARIA)).isEqualTo(FeedbackRelation.UPWARD);
        assertThat(FeedbackRelation.of(LENA, RAVI)).isEqualTo(FeedbackRelation.PEER);
        assertThat(FeedbackRelation.of(RAVI, RAVI)).isEqualTo(FeedbackRelation.SELF);
        assertThat(FeedbackRelation.of(SOFIA, MARIA)).isEqualTo(FeedbackRelation.PEER);
        assertThat(FeedbackRelation.of(ADMIN, MARIA)).isEqualTo(FeedbackRelation.MANAGER);
        assertThat(FeedbackRelation.of(MARIA, ADMIN)).isEqualTo(FeedbackRelation.UPWARD);
        assertThat(FeedbackRelation.PEER.anonymous()).isTrue();
        assertThat(FeedbackRelation.UPWARD.anonymous()).isTrue();
        assertThat(FeedbackRelation.MANAGER.anonymous()).isFalse();
    }

    @Nested
    class Giving {

        @Test
        void repsGiveToTheirTeamAndTheirManagerManagersToTheirReps() {
            assertThat(FeedbackVisibility.refusalToGive(RAVI, LENA)).isEmpty();
            assertThat(FeedbackVisibility.refusalToGive(RAVI, MARIA)).isEmpty();
            assertThat(FeedbackVisibility.refusalToGive(MARIA, RAVI)).isEmpty();
            assertThat(FeedbackVisibility.refusalToGive(ADMIN, MARIA)).isEmpty();
        }

        @Test
        void anybodyOutsideTheTeamIsOutOfReach() {
            assertThat(FeedbackVisibility.refusalToGive(RAVI, MARCO)).get().extracting(Refusal::outOfReach)
                    .isEqualTo(true);
            assertThat(FeedbackVisibility.refusalToGive(RAVI, SOFIA)).get().extracting(Refusal::outOfReach)
                    .isEqualTo(true);
            assertThat(FeedbackVisibility.refusalToGive(MARIA, MARCO)).isPresent();
            assertThat(FeedbackVisibility.refusalToGive(MARIA, SOFIA)).isPresent();
            assertThat(FeedbackVisibility.refusalToGive(RAVI, ADMIN)).isPresent();
        }

        @Test
        void notAboutOneselfNorAboutSomebodyWhoLeft() {
            assertThat(FeedbackVisibility.refusalToGive(RAVI, RAVI)).get()
                    .satisfies(refusal -> assertThat(refusal.outOfReach()).isFalse());
            assertThat(FeedbackVisibility.refusalToGive(MARIA, GONE)).get()
                    .satisfies(refusal -> assertThat(refusal.message()).isEqualTo("Former Rep is no longer active"));
        }
    }

    @Nested
    class ReadingNotes {

        @Test
        void theAuthorAlwaysSeesTheirNote() {
            assertThat(canSeeNote(RAVI, LENA, RAVI.id(), FeedbackRelation.PEER, false)).isTrue();
            assertThat(canSeeNote(RAVI, MARIA, RAVI.id(), FeedbackRelation.UPWARD, false)).isTrue();
        }

        @Test
        void theSubjectSeesOnlySharedNotes() {
            assertThat(canSeeNote(RAVI, RAVI, MARIA.id(), FeedbackRelation.MANAGER, true)).isTrue();
            assertThat(canSeeNote(RAVI, RAVI, MARIA.id(), FeedbackRelation.MANAGER, false))
                    .as("a private constructive note kept for the next 1:1").isFalse();
            assertThat(canSeeNote(RAVI, RAVI, LENA.id(), FeedbackRelation.PEER, false)).isFalse();
        }

        @Test
        void otherRepsSeeNothingAboutEachOther() {
            assertThat(canSeeNote(LENA, RAVI, MARIA.id(), FeedbackRelation.MANAGER, true)).isFalse();
            assertThat(canSeeNote(MARCO, RAVI, MARIA.id(), FeedbackRelation.MANAGER, true)).isFalse();
        }

        @Test
        void aManagerSeesEverythingAboutTheirTeamButNotAboutOtherTeams() {
            assertThat(canSeeNote(MARIA, RAVI, LENA.id(), FeedbackRelation.PEER, false)).isTrue();
            assertThat(canSeeNote(MARIA, RAVI, LENA.id(), FeedbackRelation.PEER, true)).isTrue();
            assertThat(canSeeNote(SOFIA, RAVI, MARIA.id(), FeedbackRelation.MANAGER, true)).isFalse();
        }

        @Test
        void upwardNotesNeverReachTheirManagerOneByOne() {
            assertThat(canSeeNote(MARIA, MARIA, RAVI.id(), FeedbackRelation.UPWARD, true)).isFalse();
            assertThat(canSeeNote(ADMIN, MARIA, RAVI.id(), FeedbackRelation.UPWARD, true)).isTrue();
            assertThat(canSeeNote(LENA, MARIA, RAVI.id(), FeedbackRelation.UPWARD, true)).isFalse();
            assertThat(FeedbackVisibility.inUpwardDigest(MARIA, MARIA.id(), FeedbackRelation.UPWARD, true)).isTrue();
            assertThat(FeedbackVisibility.inUpwardDigest(MARIA, MARIA.id(), FeedbackRelation.UPWARD, false))
                    .as("kept for the admin only").isFalse();
            assertThat(FeedbackVisibility.digestShown(1)).isFalse();
            assertThat(FeedbackVisibility.digestShown(2)).isTrue();
        }

        @Test
        void onlyTheAuthorSharesAPrivateNote() {
            assertThat(FeedbackVisibility.canShare(MARIA, MARIA.id(), false)).isTrue();
            assertThat(FeedbackVisibility.canShare(MARIA, MARIA.id(), true)).isFalse();
            assertThat(FeedbackVisibility.canShare(ADMIN, MARIA.id(), false)).isFalse();
        }
    }

    @Nested
    class ThreeSixty {

        @Test
        void onlyTheSubjectsManagersAsk() {
            assertThat(FeedbackVisibility.refusalToRequest(MARIA, RAVI)).isEmpty();
            assertThat(FeedbackVisibility.refusalToRequest(ADMIN, MARIA)).isEmpty();
            assertThat(FeedbackVisibility.refusalToRequest(SOFIA, RAVI)).get().extracting(Refusal::outOfReach)
                    .isEqualTo(true);
            assertThat(FeedbackVisibility.refusalToRequest(RAVI, LENA)).isPresent();
            assertThat(FeedbackVisibility.refusalToRequest(MARIA, MARIA)).isPresent();
        }

        @Test
        void aManagerAsksThemselvesAndTheirTeam() {
            assertThat(FeedbackVisibility.refusalToAsk(MARIA, MARIA)).isEmpty();
            assertThat(FeedbackVisibility.refusalToAsk(MARIA, LENA)).isEmpty();
            assertThat(FeedbackVisibility.refusalToAsk(MARIA, MARCO)).isPresent();
            assertThat(FeedbackVisibility.refusalToAsk(MARIA, GONE)).get().extracting(Refusal::outOfReach)
                    .isEqualTo(false);
            assertThat(FeedbackVisibility.refusalToAsk(ADMIN, MARCO)).isEmpty();
        }

        @Test
        void theSummaryIsForTheSubjectAndTheirManagers() {
            assertThat(FeedbackVisibility.canSeeSummary(RAVI, RAVI)).isTrue();
            assertThat(FeedbackVisibility.canSeeSummary(MARIA, RAVI)).isTrue();
            assertThat(FeedbackVisibility.canSeeSummary(ADMIN, RAVI)).isTrue();
            assertThat(FeedbackVisibility.canSeeSummary(LENA, RAVI)).isFalse();
            assertThat(FeedbackVisibility.canSeeSummary(SOFIA, RAVI)).isFalse();
            assertThat(FeedbackVisibility.canSeeSummary(RAVI, MARIA)).isFalse();
        }

        @Test
        void theSubjectSeesAnonymousAnswersOnlyFromTwoOn() {
            assertThat(FeedbackVisibility.showsAnswers(RAVI, RAVI, FeedbackRelation.PEER, 1)).isFalse();
            assertThat(FeedbackVisibility.showsAnswers(RAVI, RAVI, FeedbackRelation.PEER, 2)).isTrue();
            assertThat(FeedbackVisibility.showsAnswers(RAVI, RAVI, FeedbackRelation.MANAGER, 1)).isTrue();
            assertThat(FeedbackVisibility.showsAnswers(MARIA, RAVI, FeedbackRelation.PEER, 1)).isTrue();
            assertThat(FeedbackVisibility.showsAnswers(MARIA, MARIA, FeedbackRelation.UPWARD, 1)).isFalse();
            assertThat(FeedbackVisibility.showsAnswers(MARIA, MARIA, FeedbackRelation.UPWARD, 2)).isTrue();
            assertThat(FeedbackVisibility.showsAnswers(MARIA, RAVI, FeedbackRelation.PEER, 0)).isFalse();
        }

        @Test
        void nobodySeesWhoAnsweredAnonymouslyAndOnlyManagersSeeWhoAnswered() {
            assertThat(FeedbackVisibility.namesRespondents(FeedbackRelation.PEER)).isFalse();
            assertThat(FeedbackVisibility.namesRespondents(FeedbackRelation.UPWARD)).isFalse();
            assertThat(FeedbackVisibility.namesRespondents(FeedbackRelation.SELF)).isTrue();
            assertThat(FeedbackVisibility.canSeeWhoAnswered(MARIA, RAVI)).isTrue();
            assertThat(FeedbackVisibility.canSeeWhoAnswered(RAVI, RAVI)).isFalse();
            assertThat(FeedbackVisibility.canSeeWhoAnswered(SOFIA, RAVI)).isFalse();
        }
    }

    @Test
    void everyRuleHasAMessageKey() {
        assertThat(FeedbackVisibility.rules()).extracting(FeedbackVisibility.Rule::messageKey)
                .contains("feedback.rule.private-never", "feedback.rule.upward-aggregated")
                .allSatisfy(key -> assertThat(key).startsWith("feedback.rule."));
    }
}
