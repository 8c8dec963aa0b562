package com.salespact.base;

/**
 * A business rule refused a change. {@code field} names the form field the message belongs at
 * (null for the form as a whole), so views can show it where the user typed. The message is a translation
 * ({@link Messages}) in the user's language: make one with {@link #at} or {@link #of}.
 */
public class RuleViolation extends RuntimeException {

    private final String field;

    public RuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public RuleViolation(String message) {
        this(null, message);
    }

    /** Refused at {@code field}, with the translation of {@code key}. */
    public static RuleViolation at(String field, String key, Object... args) {
        return new RuleViolation(field, Messages.text(key, args));
    }

    /** Refused for the form as a whole, with the translation of {@code key}. */
    public static RuleViolation of(String key, Object... args) {
        return new RuleViolation(null, Messages.text(key, args));
    }

    public String field() {
        return field;
    }
}
