package com.salespact.security;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Deterministic generator of hostile input (issue 7, part 4): huge strings, control characters, markup and script,
 * negative and overflowing numbers, impossible dates, broken encodings, blanks. The same seed gives the same inputs,
 * so a failure names an input number that can be replayed.
 */
final class MalformedInput {

    private static final List<String> MARKUP = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
            "\"><svg onload=alert(document.cookie)>", "javascript:alert(1)", "{{7*7}}${7*7}<%= 7*7 %>",
            "'; drop table deal; --", "' or '1'='1", "%_\\", "=cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0");
    private static final List<String> CONTROL = List.of("\u0000", "\u0001", "\u0007", "\u0008", "\u001b[31m", "\r\n",
            "\t", "\u007f", "\u0085", "\u2028", "\u202e", "\u200b", "\ufeff");
    private static final List<String> NUMBERS = List.of("-1", "-0.0001", "-99999999999999999999", "1e309", "1E-400",
            "99999999999999999999999999999999999999.99", "NaN", "Infinity", "-Infinity", "0x7fffffff", "1,000,000.00",
            "1.000.000,00", "12,5", "١٢٣", "⅔", "--5", "+-3", "9223372036854775808", "-2147483649", "0.000000000000000000001");
    private static final List<String> DATES = List.of("2026-02-30", "2026-13-01", "0000-00-00", "9999-99-99",
            "31.31.2026", "2026/11/18", "18/11/2026", "yesterday", "2026-11-18T25:61:00", "-2026-01-01",
            "+999999999-12-31", "1900-01-00", "2026-W47", "20261118");
    private static final List<String> BLANKS = List.of("", " ", "   \t  ", "\u00a0", "\u3000", "\n\n");

    private final Random random;

    MalformedInput(long seed) {
        this.random = new Random(seed);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** Free text of one hostile kind, sometimes two glued together. */
    String text() {
        String text = oneText();
        return chance(0.2) ? text + oneText() : text;
    }

    private String oneText() {
        return switch (random.nextInt(9)) {
            case 0 -> huge();
            case 1 -> pick(CONTROL) + "name" + pick(CONTROL);
            case 2 -> pick(MARKUP);
            case 3 -> pick(NUMBERS);
            case 4 -> pick(DATES);
            case 5 -> brokenEncoding();
            case 6 -> pick(BLANKS);
            case 7 -> "😀".repeat(1 + random.nextInt(400)) + "\uD800"; // astral chars, then a lone surrogate
            default -> "Ünïcödé «ok» name " + random.nextInt(1000); // plausible text, so some inputs pass
        };
    }

    /** 1,000 to 200,000 characters: far beyond any column. */
    String huge() {
        int length = 1_000 + random.nextInt(199_000);
        return random.nextBoolean() ? "x".repeat(length) : ("<b>" + pick(MARKUP)).repeat(length / 30 + 1);
    }

    /** Text as it looks when bytes in one encoding were read as another, or were not text at all. */
    String brokenEncoding() {
        return switch (random.nextInt(5)) {
            case 0 -> new String("Café Zürich".getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            case 1 -> new String("Café Zürich".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            case 2 -> new String(new byte[] {(byte) 0xC0, (byte) 0xAF, (byte) 0xED, (byte) 0xA0, (byte) 0x80},
                    StandardCharsets.UTF_8);
            case 3 -> "\ufffe\uffff\udc00";
            default -> new String(new byte[] {(byte) 0xFF, (byte) 0xFE, 0x41, 0x00, 0x42, 0x00}, StandardCharsets.UTF_8);
        };
    }

    /** Numbers a field may receive from a tampered request: negative, zero, huge, absurd precision, or nothing. */
    BigDecimal number() {
        return switch (random.nextInt(10)) {
            case 0 -> null;
            case 1 -> BigDecimal.valueOf(-1 - random.nextInt(1_000_000));
            case 2 -> new BigDecimal("-0.000000000001");
            case 3 -> new BigDecimal("1E+40");
            case 4 -> new BigDecimal("99999999999999999999999999999999999999.999999");
            case 5 -> new BigDecimal("1E-40");
            case 6 -> new BigDecimal(Long.MAX_VALUE).add(BigDecimal.ONE);
            case 7 -> BigDecimal.ZERO;
            case 8 -> new BigDecimal("1E+1000");
            default -> BigDecimal.valueOf(random.nextInt(100_000), random.nextInt(4)); // plausible
        };
    }

    Integer integer() {
        return switch (random.nextInt(6)) {
            case 0 -> null;
            case 1 -> Integer.MIN_VALUE;
            case 2 -> Integer.MAX_VALUE;
            case 3 -> -1;
            case 4 -> 0;
            default -> random.nextInt(500);
        };
    }

    Double decimal() {
        return switch (random.nextInt(6)) {
            case 0 -> null;
            case 1 -> -Double.MAX_VALUE;
            case 2 -> Double.MAX_VALUE;
            case 3 -> -0.5;
            case 4 -> Double.MIN_VALUE;
            default -> (double) random.nextInt(100);
        };
    }

    /** Dates a date picker would not offer: year 1, year 9999, long past, far future, or none. */
    LocalDate date() {
        return switch (random.nextInt(7)) {
            case 0 -> null;
            case 1 -> LocalDate.of(1, 1, 1);
            case 2 -> LocalDate.of(9999, 12, 31);
            case 3 -> LocalDate.of(1900, 2, 28);
            case 4 -> LocalDate.of(2200, 6, 1);
            case 5 -> LocalDate.of(-5000, 1, 1);
            default -> LocalDate.of(2026, 11, 18).plusDays(random.nextInt(120) - 60); // plausible
        };
    }

    /** A CSV cell: hostile text, a hostile number or date as text, or something that breaks the CSV itself. */
    String csvCell() {
        return switch (random.nextInt(8)) {
            case 0 -> "\"unterminated, " + text();
            case 1 -> "a\"b\"\"c";
            case 2 -> text().replace("\"", "\"\"");
            case 3 -> pick(NUMBERS);
            case 4 -> pick(DATES);
            case 5 -> "\"" + text().replace("\"", "\"\"") + "\"";
            case 6 -> ";;;|\t";
            default -> pick(CONTROL);
        };
    }

    /** Whole-file damage: raw bytes that are not UTF-8, a UTF-16 file, a binary blob, an empty or headerless file. */
    byte[] brokenFile(String validFile) {
        return switch (random.nextInt(6)) {
            case 0 -> validFile.getBytes(StandardCharsets.UTF_16);
            case 1 -> validFile.replace("a", "\u00e4").getBytes(StandardCharsets.ISO_8859_1);
            case 2 -> {
                byte[] blob = new byte[1 + random.nextInt(4096)];
                random.nextBytes(blob);
                yield blob;
            }
            case 3 -> new byte[0];
            case 4 -> validFile.substring(validFile.indexOf('\n') + 1).getBytes(StandardCharsets.UTF_8);
            default -> (validFile.replace(",", ";").replace("\n", "\r")).getBytes(StandardCharsets.UTF_8);
        };
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
