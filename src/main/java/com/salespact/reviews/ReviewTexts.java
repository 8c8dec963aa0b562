package com.salespact.reviews;

import com.salespact.base.merge.DraftFields;
import java.util.Set;

/**
 * The texts of a review as its page edits them: shared notes, the manager's notes, the quarterly plan and the
 * feedback on it. What two concurrent saves of one review are merged on, text by text: a text both changed is a
 * conflict, whatever part of it each changed. A rep's texts never hold the manager's notes (null).
 */
public class ReviewTexts {

    /** Field names match the review's rule violations. */
    public static final DraftFields<ReviewTexts> FIELDS = DraftFields.of(ReviewTexts::new)
            .field("sharedNotes", ReviewTexts::getSharedNotes, ReviewTexts::setSharedNotes)
            .field("managerNotes", ReviewTexts::getManagerNotes, ReviewTexts::setManagerNotes)
            .field("planText", ReviewTexts::getPlanText, ReviewTexts::setPlanText)
            .field("managerFeedback", ReviewTexts::getManagerFeedback, ReviewTexts::setManagerFeedback)
            .field("teamFeedback", ReviewTexts::getTeamFeedback, ReviewTexts::setTeamFeedback);

    /** Texts only a manager (or an admin) writes. */
    static final Set<String> MANAGERS_ONLY = Set.of("managerNotes", "managerFeedback", "teamFeedback");

    private String sharedNotes;
    private String managerNotes;
    private String planText;
    private String managerFeedback;
    private String teamFeedback;

    /** The texts as the page showed them. */
    public static ReviewTexts of(ReviewDetails review) {
        ReviewTexts texts = new ReviewTexts();
        texts.sharedNotes = review.sharedNotes();
        texts.managerNotes = review.managerNotes();
        texts.planText = review.planText();
        texts.managerFeedback = review.managerFeedback();
        texts.teamFeedback = review.teamFeedback();
        return texts;
    }

    /** The stored texts as {@code managerView} may see them. */
    static ReviewTexts of(Review review, boolean managerView) {
        ReviewTexts texts = new ReviewTexts();
        texts.sharedNotes = review.getSharedNotes();
        texts.managerNotes = managerView ? review.getManagerNotes() : null;
        texts.planText = review.getPlanText();
        texts.managerFeedback = review.getManagerFeedback();
        texts.teamFeedback = review.getTeamFeedback();
        return texts;
    }

    public String getSharedNotes() {
        return sharedNotes;
    }

    public void setSharedNotes(String sharedNotes) {
        this.sharedNotes = sharedNotes;
    }

    public String getManagerNotes() {
        return managerNotes;
    }

    public void setManagerNotes(String managerNotes) {
        this.managerNotes = managerNotes;
    }

    public String getPlanText() {
        return planText;
    }

    public void setPlanText(String planText) {
        this.planText = planText;
    }

    public String getManagerFeedback() {
        return managerFeedback;
    }

    public void setManagerFeedback(String managerFeedback) {
        this.managerFeedback = managerFeedback;
    }

    public String getTeamFeedback() {
        return teamFeedback;
    }

    public void setTeamFeedback(String teamFeedback) {
        this.teamFeedback = teamFeedback;
    }
}
