package com.salespact.base;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * What typed text may hold, in one place for forms, services and imports: at most so many characters and no control
 * characters (multi-line texts keep tabs and line breaks). Text is kept or refused, never cut or cleaned silently.
 */
public final class TextRules {

    /** Why a text cannot be stored as typed. */
    public record Problem(Kind kind, int limit, int length, int codePoint, int position) {

        public enum Kind { TOO_LONG, CONTROL_CHARACTER }

        /** "At most 200 characters — you typed 10,000" or "Remove the tab at position 12: it cannot be stored". */
        public String message() {
            return kind == Kind.TOO_LONG
                    ? Messages.text("text.too-long", grouped(limit), grouped(length))
                    : Messages.text("text.control-character", characterName(), String.valueOf(position));
        }

        /** The character as a person knows it: tab, line break, null character, or its code. */
        public String characterName() {
            return switch (codePoint) {
                case '\t' -> Messages.text("text.character.tab");
                case '\n', '\r' -> Messages.text("text.character.line-break");
                case 0 -> Messages.text("text.character.null");
                default -> Messages.text("text.character.control", "%04X".formatted(codePoint));
            };
        }

        private static String grouped(int number) {
            Locale user = Messages.current();
            return NumberFormat.getIntegerInstance(user.equals(Locale.ROOT) ? Locale.ENGLISH : user).format(number);
        }
    }

    private TextRules() {
    }

    public static Optional<Problem> check(String value, int max, boolean multiLine) {
        if (value == null) {
            return Optional.empty();
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed = multiLine && (c == '\t' || c == '\n' || c == '\r');
            if ((c < 0x20 || c == 0x7F) && !allowed) {
                return Optional.of(new Problem(Problem.Kind.CONTROL_CHARACTER, max, value.length(), c, i + 1));
            }
        }
        if (max > 0 && value.length() > max) {
            return Optional.of(new Problem(Problem.Kind.TOO_LONG, max, value.length(), 0, 0));
        }
        return Optional.empty();
    }

    /** @throws RuleViolation naming {@code field} when the text breaks a rule */
    public static void require(String field, String value, int max, boolean multiLine) {
        check(value, max, multiLine).ifPresent(problem -> {
            throw new RuleViolation(field, problem.message());
        });
    }
}
