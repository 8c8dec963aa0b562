package com.salespact.base;

/**
 * A business rule refused a change. {@code field} names the form field the message belongs at
 * (null for the form as a whole), so views can show it where the user typed.
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

    public String field() {
        return field;
    }
}
