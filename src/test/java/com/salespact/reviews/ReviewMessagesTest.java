package com.salespact.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.base.Formats;
import com.salespact.base.Messages;
import com.salespact.base.RuleViolation;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The texts the reviews, feedback and coaching packages write reach the user through the translations (issue 16,
 * point 14): a refusal is rendered from its key in the language of the request being served, every key the code
 * names is in the English bundle, and the numbers in a catch-up plan's summary read as the user's locale writes them.
 */
class ReviewMessagesTest {

    private static final Pattern KEY = Pattern.compile("\"((?:review|reviews|catchup|feedback|coaching)\\.[a-z0-9.-]+)\"");

    @AfterEach
    void backToEnglish() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aRefusalIsRenderedFromItsKeyInTheUsersLanguage() {
        assertThatThrownBy(() -> new ReviewReason(1L, "W41", null, null, null))
                .isInstanceOf(RuleViolation.class)
                .hasMessage(Messages.text(Locale.ROOT, "review.reason.code.required"))
                .hasMessage("Choose a reason");

        LocaleContextHolder.setLocale(Locale.GERMAN);
        // German once translations_de.properties has the key; English until then (the bundle's fallback).
        assertThatThrownBy(() -> new ReviewReason(1L, "W41", null, null, null))
                .isInstanceOf(RuleViolation.class)
                .hasMessage(Messages.text(Locale.GERMAN, "review.reason.code.required"));
    }

    @Test
    void aCatchUpSummaryWritesAmountsAndFiguresInTheUsersFormats() {
        CatchUpPlanner.CatchUpDraft draft = new CatchUpPlanner.CatchUpDraft(new BigDecimal("119968.40"), 1,
                Optional.empty(), false, Optional.empty(), 0, 0);

        assertThat(draft.summary(Formats.of(Locale.UK, "EUR"))).isEqualTo("Close a gap of €119,968 in 1 week.");
        assertThat(draft.summary(Formats.of(Locale.GERMANY, "EUR"))).contains("119.968", "€");
    }

    @Test
    void everyKeyTheCodeNamesIsInTheTranslations() throws IOException {
        TreeSet<String> missing = new TreeSet<>();
        for (String pkg : new String[] {"reviews", "feedback", "coaching"}) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/java/com/salespact", pkg))) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                    Matcher key = KEY.matcher(Files.readString(file));
                    while (key.find()) {
                        // A key that ends in "." is completed in the code (an enum name) and is not a whole key.
                        if (!key.group(1).endsWith(".") && !Messages.has(key.group(1))) {
                            missing.add(file.getFileName() + ": " + key.group(1));
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
