package com.salespact.reviews;

import com.salespact.base.RuleViolation;

/** Text input rules shared by the review's parts: stripped, blank means none, too long is refused at the field. */
final class ReviewTextRules {

    private ReviewTextRules() {
    }

    /** @param whenMissing the translation key of the message when the text is empty */
    static String required(String field, String text, int max, String whenMissing) {
        String value = optional(field, text, max);
        if (value == null) {
            throw RuleViolation.at(field, whenMissing);
        }
        return value;
    }

    static String optional(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.length() > max) {
            throw RuleViolation.at(field, "review.text.too-long", max, value.length());
        }
        return value;
    }
}
