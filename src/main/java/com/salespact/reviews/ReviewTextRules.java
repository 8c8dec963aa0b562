package com.salespact.reviews;

import com.salespact.base.RuleViolation;

/** Text input rules shared by the review's parts: stripped, blank means none, too long is refused at the field. */
final class ReviewTextRules {

    private ReviewTextRules() {
    }

    static String required(String field, String text, int max, String whenMissing) {
        String value = optional(field, text, max);
        if (value == null) {
            throw new RuleViolation(field, whenMissing);
        }
        return value;
    }

    static String optional(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.length() > max) {
            throw new RuleViolation(field, "Keep it under " + max + " characters (now " + value.length() + ")");
        }
        return value;
    }
}
