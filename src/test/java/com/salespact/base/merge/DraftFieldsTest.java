package com.salespact.base.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The three-way merge on its own: what counts as a change, what is a conflict, and what a choice keeps. */
class DraftFieldsTest {

    /** A small draft: an amount and two texts. */
    static final class Draft {
        BigDecimal amount;
        String note;
        String title;

        Draft(String amount, String note, String title) {
            this.amount = amount == null ? null : new BigDecimal(amount);
            this.note = note;
            this.title = title;
        }
    }

    static final DraftFields<Draft> FIELDS = DraftFields.of(() -> new Draft(null, null, null))
            .field("amount", (Draft d) -> d.amount, (d, v) -> d.amount = v)
            .field("note", (Draft d) -> d.note, (d, v) -> d.note = v)
            .field("title", (Draft d) -> d.title, (d, v) -> d.title = v);

    @Test
    void anAmountWithTrailingZerosIsTheSameAmount() {
        Draft base = new Draft("40955", "a", "t");
        assertThat(FIELDS.changed(base, new Draft("40955.00", "a", "t"))).isEmpty();
        assertThat(FIELDS.changed(base, new Draft("40955.01", "a", "t"))).containsExactly("amount");
    }

    @Test
    void aBlankTextAndNoTextAreTheSameText() {
        assertThat(FIELDS.changed(new Draft("1", null, "t"), new Draft("1", "  ", "t"))).isEmpty();
        assertThat(FIELDS.changed(new Draft("1", null, "t"), new Draft("1", "x", "t"))).containsExactly("note");
    }

    @Test
    void differentFieldsChangedOnBothSidesMergeWithoutConflict() {
        Draft base = new Draft("100", "old note", "title");
        Merge<Draft> merge = FIELDS.merge(base, new Draft("100", "my note", "title"),
                new Draft("200", "old note", "title"));

        assertThat(merge.clean()).isTrue();
        assertThat(merge.merged().amount).isEqualByComparingTo("200");
        assertThat(merge.merged().note).isEqualTo("my note");
        assertThat(merge.mine()).containsExactly("note");
        assertThat(merge.theirs()).containsExactly("amount");
    }

    @Test
    void theSameFieldChangedToTheSameValueIsNoConflict() {
        Draft base = new Draft("100", "old", "title");
        Merge<Draft> merge = FIELDS.merge(base, new Draft("150.00", "old", "title"), new Draft("150", "old", "t2"));

        assertThat(merge.clean()).isTrue();
        assertThat(merge.merged().amount).isEqualByComparingTo("150");
        assertThat(merge.merged().title).isEqualTo("t2");
    }

    @Test
    void theSameFieldChangedToDifferentValuesIsAConflictWithAllThreeValues() {
        Draft base = new Draft("100", "old", "title");
        Merge<Draft> merge = FIELDS.merge(base, new Draft("150", "mine", "title"), new Draft("170", "old", "theirs"));

        assertThat(merge.conflicts()).containsExactly(
                new FieldConflict("amount", new BigDecimal("100"), new BigDecimal("150"), new BigDecimal("170")));
        assertThat(merge.merged().amount).as("their value stays until somebody chooses").isEqualByComparingTo("170");
        assertThat(merge.merged().note).as("my other change is merged").isEqualTo("mine");
        assertThat(merge.merged().title).as("their other change is kept").isEqualTo("theirs");
    }

    @Test
    void resolveKeepsTheChosenValuePerField() {
        Draft base = new Draft("100", "old", "title");
        Merge<Draft> merge = FIELDS.merge(base, new Draft("150", "mine", "my title"),
                new Draft("170", "theirs", "title"));

        Draft keepMineForAmount = merge.resolve(Set.of("amount"));
        assertThat(keepMineForAmount.amount).isEqualByComparingTo("150");
        assertThat(keepMineForAmount.note).isEqualTo("theirs");
        assertThat(keepMineForAmount.title).isEqualTo("my title");

        Draft keepTheirs = merge.resolve(Set.of());
        assertThat(keepTheirs.amount).isEqualByComparingTo("170");
        assertThat(keepTheirs.note).isEqualTo("theirs");
        assertThat(merge.merged().amount).as("resolving leaves the merge as it was").isEqualByComparingTo("170");
    }
}
