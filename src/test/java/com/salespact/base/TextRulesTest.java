package com.salespact.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextRulesTest {

    @Test
    void textWithinTheLimitAndWithoutControlCharactersPasses() {
        assertThat(TextRules.check("Ridgeway Homes – pilot", 200, false)).isEmpty();
        assertThat(TextRules.check(null, 200, false)).isEmpty();
        assertThat(TextRules.check("x".repeat(200), 200, false)).isEmpty();
    }

    @Test
    void overLongTextIsRefusedWithBothCounts() {
        assertThat(TextRules.check("x".repeat(10_000), 200, false)).get()
                .extracting(TextRules.Problem::message).isEqualTo("At most 200 characters — you typed 10,000");
    }

    @Test
    void controlCharactersAreRefusedByNameAndPositionExceptLineBreaksAndTabsInMultiLineText() {
        assertThat(TextRules.check("a\tb", 200, false)).get().extracting(TextRules.Problem::message)
                .isEqualTo("Remove the tab at position 2: it cannot be stored");
        assertThat(TextRules.check("ab\u0000", 200, false)).get().extracting(TextRules.Problem::position).isEqualTo(3);
        assertThat(TextRules.check("a\nb", 200, false)).get().extracting(TextRules.Problem::characterName)
                .isEqualTo("line break");
        assertThat(TextRules.check("a\r\n\tb", 200, true)).isEmpty();
        assertThat(TextRules.check("a\u0007b", 200, true)).get().extracting(TextRules.Problem::characterName)
                .isEqualTo("control character U+0007");
    }

    @Test
    void requireNamesTheField() {
        assertThatThrownBy(() -> TextRules.require("city", "c".repeat(81), 80, false))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.field()).isEqualTo("city"))
                .hasMessage("At most 80 characters — you typed 81");
    }
}
