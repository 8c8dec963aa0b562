package com.salespact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text a user reads comes from the translations (vaadin-i18n/translations*.properties), so that a second
 * language is complete: this reads the main sources and fails on a string literal that reads like English prose or a
 * label ("Choose the day", "Status") outside comments, log lines, annotations, developer exceptions and text blocks
 * (SQL). The demo company's seed data is data, not interface, and is not read. A literal that is not shown to users
 * goes into {@link #NOT_USER_TEXT} with its file.
 */
class UserTextsTest {

    private static final Path SOURCES = Path.of("src/main/java/com/salespact");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** A capitalised word, alone or starting a phrase: "Status", "Choose the day", "At most ". */
    private static final Pattern PROSE = Pattern.compile("[A-Z][a-z']+(?:[ ,.:;!?\u2014\u2013-].*)?|[A-Z][a-z]+");
    private static final Pattern NOT_FOR_USERS = Pattern.compile("\\b(log|LOG|logger|LOGGER)\\.|^\\s*@"
            + "|new Illegal(State|Argument)Exception|requireNonNull|UnsupportedOperationException|AssertionError"
            // Access denials never reach a user as written: the UI answers each with "You are not allowed to do
            // that" (base.ui.ErrorHandling); their texts are for the log.
            + "|new AccessDeniedException|new AuthorizationDeniedException");

    /** file (under com/salespact) + ": " + literal, for literals that are not user texts. */
    private static final Set<String> NOT_USER_TEXT = Set.of(
            "base/ui/UserLanguage.java: Accept-Language",
            "security/AccountDetailsService.java: No such user",
            // The first production admin's stored full name: data, not interface.
            "security/ProductionAccounts.java: Administrator",

            // Mail header names (RFC 8058, RFC 3834, RFC 5322, RFC 2045), not texts.
            "messaging/MailDelivery.java: List-Unsubscribe",
            "messaging/MailDelivery.java: List-Unsubscribe-Post",
            "messaging/MailDelivery.java: List-Unsubscribe=One-Click",
            "messaging/MailDelivery.java: Auto-Submitted",
            "messaging/MailDelivery.java: Content-Type",
            "messaging/MailDelivery.java: Content-Transfer-Encoding",
            "messaging/MailDelivery.java: Message-ID",
            // HTTP header names and Adaptive Card schema values (weight, size, action type), not texts.
            "messaging/ChatDelivery.java: Content-Type",
            "messaging/ChatDelivery.java: Retry-After",
            "messaging/ChatPayloads.java: Bolder",
            "messaging/ChatPayloads.java: Medium",
            "messaging/ChatPayloads.java: Action.OpenUrl");

    @Test
    void everyUserTextComesFromTheTranslations() throws IOException {
        assertThat(literalsReadingLikeProse()).as("user texts written in the code instead of the translations").isEmpty();
    }

    static List<String> literalsReadingLikeProse() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                String name = SOURCES.relativize(file).toString().replace('\\', '/');
                if (!name.startsWith("demo/")) {
                    found.addAll(prose(name, Files.readAllLines(file)));
                }
            }
        }
        return found;
    }

    private static List<String> prose(String file, List<String> lines) {
        List<String> found = new ArrayList<>();
        boolean inTextBlock = false;
        boolean inComment = false;
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1).strip();
            boolean oddQuotes = line.split("\"\"\"", -1).length % 2 == 0;
            if (inTextBlock || oddQuotes) {
                inTextBlock ^= oddQuotes;
                continue;
            }
            if (inComment) {
                inComment = !line.contains("*/");
                continue;
            }
            if (line.startsWith("/*")) {
                inComment = !line.contains("*/");
                continue;
            }
            if (line.startsWith("*") || line.startsWith("//") || NOT_FOR_USERS.matcher(line).find()) {
                continue;
            }
            Matcher literal = LITERAL.matcher(line);
            while (literal.find()) {
                String text = literal.group(1);
                if (PROSE.matcher(text).matches() && !NOT_USER_TEXT.contains(file + ": " + text)) {
                    found.add(file + ":" + number + ": \"" + text + "\"");
                }
            }
        }
        return found;
    }
}
