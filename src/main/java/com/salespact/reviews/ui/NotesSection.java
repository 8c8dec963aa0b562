package com.salespact.reviews.ui;

import com.salespact.base.ui.LimitedTextArea;
import com.salespact.base.ui.UnsavedWork;
import com.salespact.reviews.ReviewService;
import com.salespact.reviews.ReviewTexts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/**
 * Notes both sides see, and the manager's own notes (not shown to the rep, and not even sent to their screen).
 * A refresh from the other device never overwrites text being typed here.
 */
class NotesSection extends ReviewSection {

    final TextArea shared = new LimitedTextArea(null, 10_000);
    final TextArea managerNotes = new LimitedTextArea(null, 10_000);
    final Button save = new Button();
    private String loadedShared;
    private String loadedManager;
    /** Issue 14: notes typed here are kept on the device until saved. */
    private final UnsavedWork unsaved = new UnsavedWork(this).text("shared", shared).text("manager", managerNotes);
    private Long unsavedFor;

    NotesSection(ReviewService reviews, Runnable reload) {
        super("review-notes", "review.notes", reviews, reload);
        shared.setId("shared-notes");
        shared.setLabel(getTranslation("review.notes.shared"));
        shared.setHelperText(getTranslation("review.notes.shared-help"));
        managerNotes.setId("manager-notes");
        managerNotes.setLabel(getTranslation("review.notes.manager"));
        managerNotes.setHelperText(getTranslation("review.notes.manager-help"));
        managerNotes.addClassName("review-private-field");
        save.setText(getTranslation("review.notes.save"));
        save.setId("save-notes");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> save());
        add(shared, managerNotes, save);
    }

    @Override
    void render() {
        loadedShared = keepTyping(shared, loadedShared, details.sharedNotes());
        managerNotes.setVisible(details.managerView());
        if (details.managerView()) {
            loadedManager = keepTyping(managerNotes, loadedManager, details.managerNotes());
        }
        if (!Long.valueOf(details.id()).equals(unsavedFor)) {
            unsavedFor = details.id();
            unsaved.open("review." + details.id() + ".notes", getTranslation("unsaved.review-notes"));
        }
    }


    private void save() {
        ReviewTexts base = ReviewTexts.of(details);
        ReviewTexts mine = ReviewTexts.of(details);
        base.setSharedNotes(loadedShared);
        mine.setSharedNotes(shared.getValue());
        if (details.managerView()) {
            base.setManagerNotes(loadedManager);
            mine.setManagerNotes(managerNotes.getValue());
        }
        saveTexts(details.version(), base, mine, Map.of("sharedNotes", shared, "managerNotes", managerNotes),
                stored -> {
                    unsaved.saved();
                    loadedShared = showStored(shared, stored.getSharedNotes());
                    if (details.managerView()) {
                        loadedManager = showStored(managerNotes, stored.getManagerNotes());
                    }
                });
    }
}
