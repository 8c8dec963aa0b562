package com.salespact.feedback;

/** One respondent's part of a 360 as the summary reads it, answered or still open. */
public record FeedbackAnswer(FeedbackRelation relation, String respondentName, boolean answered, String strengths,
                             String improvements, Integer rating) {

    static FeedbackAnswer of(FeedbackRequest request, String respondentName) {
        return new FeedbackAnswer(request.getRelation(), respondentName, request.isAnswered(),
                request.getStrengths(), request.getImprovements(), request.getRating());
    }
}
