package com.salespact.feedback;

import com.salespact.base.Messages;
import java.util.List;
import java.util.Optional;

/**
 * Who may give, read and ask for feedback — every rule in one place. {@link FeedbackService} enforces them on each
 * call; the feedback page shows {@link #rules()} as text, so what people are told is what the code does.
 *
 * <p>In short: authors see what they wrote; the person a note is about sees it only once it is shared (a private
 * note, typically a constructive one kept for the next 1:1, never); a manager sees everything about the people they
 * lead; upward feedback reaches the manager it is about only without names and only once at least
 * {@value #ANONYMITY_THRESHOLD} pieces have arrived; 360 answers from peers and from the people someone manages are
 * anonymous to everybody, and only the manager who asked sees who has answered.
 */
public final class FeedbackVisibility {

    /** Fewest anonymous answers (or upward notes) shown together, so that no single one can be traced back. */
    public static final int ANONYMITY_THRESHOLD = 2;

    /** The rules as people read them on the feedback page (texts under {@code feedback.rule.*}). */
    public enum Rule {
        GIVE, AUTHOR, SUBJECT_SEES_SHARED, PRIVATE_NEVER, MANAGER_SEES_TEAM, UPWARD_AGGREGATED, ANSWERS_ANONYMOUS,
        WHO_ANSWERED, ADMIN;

        public String messageKey() {
            return "feedback.rule." + name().toLowerCase().replace('_', '-');
        }
    }

    /**
     * Why something is refused. {@code outOfReach} means the other person is not the asker's to deal with at all
     * (the service answers with an access denial); otherwise it is an ordinary rule the form explains.
     */
    public record Refusal(String message, boolean outOfReach) {

        /** A rule refusal, its message the translation of {@code key} in the user's language. */
        static Optional<Refusal> rule(String key, Object... args) {
            return Optional.of(new Refusal(Messages.text(key, args), false));
        }

        static Optional<Refusal> outOfReach(String key) {
            return Optional.of(new Refusal(Messages.text(key), true));
        }
    }

    private FeedbackVisibility() {
    }

    public static List<Rule> rules() {
        return List.of(Rule.values());
    }

    // --- continuous feedback ----------------------------------------------------------------------------------

    /** Why {@code author} may not give feedback about {@code subject}; empty when they may. */
    public static Optional<Refusal> refusalToGive(FeedbackPerson author, FeedbackPerson subject) {
        if (author.id() == subject.id()) {
            return Refusal.rule("feedback.refused.self");
        }
        if (!author.manages(subject) && !(author.isRep() && author.sameTeam(subject))) {
            return Refusal.outOfReach("feedback.refused.out-of-team");
        }
        if (!subject.active()) {
            return Refusal.rule("feedback.refused.inactive", subject.name());
        }
        return Optional.empty();
    }

    /**
     * Whether {@code viewer} may read one note, with its author's name, on its own. Upward notes never reach the
     * manager they are about this way: see {@link #inUpwardDigest}.
     */
    public static boolean canSeeNote(FeedbackPerson viewer, FeedbackPerson subject, long authorId,
                                     FeedbackRelation relation, boolean shared) {
        if (viewer.id() == authorId || viewer.isAdmin()) {
            return true;
        }
        if (relation == FeedbackRelation.UPWARD) {
            return false;
        }
        if (viewer.id() == subject.id()) {
            return shared;
        }
        return viewer.manages(subject);
    }

    /** Whether a note counts in the anonymous digest of upward feedback its subject (a manager) sees. */
    public static boolean inUpwardDigest(FeedbackPerson viewer, long subjectId, FeedbackRelation relation,
                                         boolean shared) {
        return viewer.id() == subjectId && relation == FeedbackRelation.UPWARD && shared;
    }

    /** The digest shows its texts only once there are enough of them to hide who wrote which. */
    public static boolean digestShown(int notes) {
        return notes >= ANONYMITY_THRESHOLD;
    }

    /** Only the author shares a private note, and only once. */
    public static boolean canShare(FeedbackPerson viewer, long authorId, boolean shared) {
        return viewer.id() == authorId && !shared;
    }

    // --- 360 requests ------------------------------------------------------------------------------------------

    /** Why {@code requester} may not ask for a 360 about {@code subject}; empty when they may. */
    public static Optional<Refusal> refusalToRequest(FeedbackPerson requester, FeedbackPerson subject) {
        if (!requester.manages(subject)) {
            return Refusal.outOfReach("feedback.refused.request-not-managed");
        }
        if (!subject.active()) {
            return Refusal.rule("feedback.refused.inactive", subject.name());
        }
        return Optional.empty();
    }

    /** Why {@code requester} may not ask {@code respondent} for a 360 answer; empty when they may. */
    public static Optional<Refusal> refusalToAsk(FeedbackPerson requester, FeedbackPerson respondent) {
        boolean reachable = requester.isAdmin() || respondent.id() == requester.id() || requester.manages(respondent);
        if (!reachable) {
            return Refusal.outOfReach("feedback.refused.ask-not-managed");
        }
        if (!respondent.active()) {
            return Refusal.rule("feedback.refused.inactive", respondent.name());
        }
        return Optional.empty();
    }

    /** The person a 360 is about, the people who manage them, and admins read its summary; nobody else. */
    public static boolean canSeeSummary(FeedbackPerson viewer, FeedbackPerson subject) {
        return viewer.id() == subject.id() || viewer.manages(subject);
    }

    /**
     * Whether the answers of one relation are shown to {@code viewer}. The person they are about sees anonymous
     * answers only once at least {@value #ANONYMITY_THRESHOLD} were given: with one, they could guess whose it is.
     */
    public static boolean showsAnswers(FeedbackPerson viewer, FeedbackPerson subject, FeedbackRelation relation,
                                       int answers) {
        if (answers == 0) {
            return false;
        }
        if (relation.anonymous() && viewer.id() == subject.id()) {
            return answers >= ANONYMITY_THRESHOLD;
        }
        return true;
    }

    /** Names go with self-assessments and the manager's answer only, whoever reads the summary. */
    public static boolean namesRespondents(FeedbackRelation relation) {
        return !relation.anonymous();
    }

    /** Who has (not yet) answered is for the people who manage the subject, never for the subject. */
    public static boolean canSeeWhoAnswered(FeedbackPerson viewer, FeedbackPerson subject) {
        return viewer.manages(subject);
    }
}
