package com.salespact.reviews.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.salespact.base.merge.Edit;
import com.salespact.base.ui.FieldConflictDialog;
import com.salespact.base.ui.KaribuTest;
import com.salespact.reviews.ReviewService;
import com.salespact.reviews.ReviewTexts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The manager's laptop and tablet in one 1:1: notes in different fields are both kept, the same notes field is
 * asked about with both texts shown. The review's texts and version are put back afterwards.
 */
class ReviewNotesMergeViewTest extends KaribuTest {

    @Autowired ReviewService reviews;
    @Autowired JdbcTemplate jdbc;

    private long lastReviewId;
    private Long reviewId;
    private Map<String, Object> before;

    @BeforeEach
    void remember() {
        lastReviewId = jdbc.queryForObject("select coalesce(max(id), 0) from review", Long.class);
    }

    @AfterEach
    void putBack() {
        if (before != null) {
            jdbc.update("update review set shared_notes = ?, manager_notes = ?, version = ? where id = ?",
                    before.get("SHARED_NOTES"), before.get("MANAGER_NOTES"), before.get("VERSION"), reviewId);
        }
        jdbc.update("delete from review where id > ?", lastReviewId);
    }

    /** Opens the rep's next 1:1 as the manager, types with {@code typing}, then the other device saves. */
    private NotesSection typeThenOtherSaves(Consumer<NotesSection> typing, Consumer<ReviewTexts> theirs) {
        login("manager");
        long repId = jdbc.queryForObject("select id from person where username = 'elarsen'", Long.class);
        reviewId = reviews.nextOneOnOne(repId).id();
        before = jdbc.queryForMap("select * from review where id = ?", reviewId);
        UI.getCurrent().navigate(ReviewsNavigation.location(reviewId));
        NotesSection notes = _get(ReviewView.class).notes;
        typing.accept(notes);
        var opened = reviews.open(reviewId).orElseThrow();
        ReviewTexts base = ReviewTexts.of(opened);
        ReviewTexts other = ReviewTexts.FIELDS.copy(base);
        theirs.accept(other);
        reviews.saveTexts(reviewId, new Edit<>(opened.version(), base, other));
        return notes;
    }

    private Map<String, Object> stored() {
        return jdbc.queryForMap("select shared_notes, manager_notes from review where id = ?", reviewId);
    }

    @Test
    void notesInDifferentFieldsAreBothKeptWithoutAsking() {
        NotesSection notes = typeThenOtherSaves(section -> section.shared.setValue("Two proposals out by Friday"),
                other -> other.setManagerNotes("Ready for a bigger territory"));
        _click(notes.save);
        MockVaadin.clientRoundtrip(false);

        assertThat(_find(FieldConflictDialog.class)).isEmpty();
        assertThat(stored()).containsEntry("SHARED_NOTES", "Two proposals out by Friday")
                .containsEntry("MANAGER_NOTES", "Ready for a bigger territory");
        assertThat(notes.managerNotes.getValue()).isEqualTo("Ready for a bigger territory");
        NotificationsKt.expectNotifications("Saved. Changes made meanwhile by somebody else were kept too: "
                + notes.managerNotes.getLabel());
    }

    @Test
    void theSameNotesChangedOnBothDevicesShowBothTextsAndSaveTheChosenOne() {
        NotesSection notes = typeThenOtherSaves(section -> section.shared.setValue("Maria's notes from the laptop"),
                other -> other.setSharedNotes("Lena's notes from the tablet"));
        _click(notes.save);
        MockVaadin.clientRoundtrip(false);

        _get(FieldConflictDialog.class);
        assertThat(stored()).as("nothing saved before the choice")
                .containsEntry("SHARED_NOTES", "Lena's notes from the tablet");
        assertThat(notes.shared.getValue()).as("the typing stays on screen").isEqualTo("Maria's notes from the laptop");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> choice = _get(RadioButtonGroup.class, spec -> spec.withId("conflict-sharedNotes"));
        assertThat(choice.getListDataView().getItems().map(choice.getItemLabelGenerator()))
                .containsExactly("Yours: Maria's notes from the laptop", "Theirs: Lena's notes from the tablet");
        choice.setValue(true);
        _click(_get(Button.class, spec -> spec.withId("conflict-save")));

        assertThat(stored()).containsEntry("SHARED_NOTES", "Maria's notes from the laptop");
        assertThat(notes.shared.getValue()).isEqualTo("Maria's notes from the laptop");
        assertThat(_find(FieldConflictDialog.class)).isEmpty();
    }
}
