package com.salespact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * English and German are both complete: the same keys, the same placeholders, every pattern valid for
 * java.text.MessageFormat, and every key the code names literally exists (a typo would show the key to users).
 */
class TranslationsTest {

    private static final Path BUNDLE = Path.of("src/main/resources/vaadin-i18n");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    /** A key named in the code: getTranslation("x.y"), Messages.text("x.y"), RuleViolation.at(field, "x.y"), .of("x.y"). */
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|Messages\\.text|RuleViolation\\.of)\\(\\s*(?:[A-Za-z.]+,\\s*)?\"([a-z][\\w.-]*)\"|"
                    + "RuleViolation\\.at\\([^,]+,\\s*\"([a-z][\\w.-]*)\"");

    @Test
    void germanHasEveryEnglishKeyAndNoOther() throws IOException {
        Properties english = load("translations.properties");
        Properties german = load("translations_de.properties");
        Set<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(german.stringPropertyNames());
        Set<String> extra = new TreeSet<>(german.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());
        assertThat(missing).as("keys without a German text").isEmpty();
        assertThat(extra).as("German keys that English does not have").isEmpty();
    }

    @Test
    void everyPatternIsValidAndBothLanguagesUseTheSamePlaceholders() throws IOException {
        Properties english = load("translations.properties");
        Properties german = load("translations_de.properties");
        List<String> problems = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            String de = german.getProperty(key, en);
            try {
                new MessageFormat(en, Locale.ENGLISH);
                new MessageFormat(de, Locale.GERMAN);
            } catch (IllegalArgumentException e) {
                problems.add(key + ": " + e.getMessage());
                continue;
            }
            if (!placeholders(en).equals(placeholders(de))) {
                problems.add(key + ": English " + placeholders(en) + ", German " + placeholders(de));
            }
            apostrophes(key, en).ifPresent(problems::add);
            apostrophes(key, de).ifPresent(problems::add);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Properties english = load("translations.properties");
        List<String> unknown = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher key = KEY_IN_CODE.matcher(Files.readString(file));
                while (key.find()) {
                    String name = key.group(1) != null ? key.group(1) : key.group(2);
                    // "pact.status." + status names a family of keys, checked by the views' tests.
                    if (!name.endsWith(".") && !name.endsWith("-") && !english.containsKey(name)) {
                        unknown.add(file.getFileName() + ": " + name);
                    }
                }
            }
        }
        assertThat(unknown).as("keys named in the code but missing in translations.properties").isEmpty();
    }

    /**
     * A text with placeholders is a MessageFormat pattern, where an apostrophe is written ''; one without is shown as
     * it is (getTranslation and Messages format only when given arguments), where '' would show twice.
     */
    private static java.util.Optional<String> apostrophes(String key, String text) {
        boolean pattern = !placeholders(text).isEmpty();
        String withoutDoubled = text.replace("''", "");
        if (pattern && withoutDoubled.contains("'")) {
            return java.util.Optional.of(key + ": a single ' in a text with placeholders disappears: write ''");
        }
        if (!pattern && text.contains("''")) {
            return java.util.Optional.of(key + ": '' in a text without placeholders shows twice: write '");
        }
        return java.util.Optional.empty();
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLE.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
