package com.salespact.base.ui;

import com.salespact.base.TextRules;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import java.text.NumberFormat;
import java.util.Locale;

/** A text rule's refusal in the user's language, with numbers grouped as they read them. */
final class TextProblems {

    private TextProblems() {
    }

    /** The text rules first, then the field's own checks (required and the like). */
    static Validator<String> validator(Component field, int max, boolean multiLine, Validator<String> standard) {
        return (value, context) -> TextRules.check(value, max, multiLine)
                .map(problem -> ValidationResult.error(message(field, problem)))
                .orElseGet(() -> standard.apply(value, context));
    }

    static String message(Component field, TextRules.Problem problem) {
        UI ui = UI.getCurrent();
        NumberFormat numbers = NumberFormat.getIntegerInstance(ui == null ? Locale.ENGLISH : ui.getLocale());
        return problem.kind() == TextRules.Problem.Kind.TOO_LONG
                ? field.getTranslation("field.too-long", numbers.format(problem.limit()),
                        numbers.format(problem.length()))
                : field.getTranslation("field.control-character",
                        field.getTranslation("field.character." + key(problem.codePoint())), problem.position());
    }

    private static String key(int codePoint) {
        return switch (codePoint) {
            case '\t' -> "tab";
            case '\n', '\r' -> "line-break";
            case 0 -> "null";
            default -> "other";
        };
    }
}
