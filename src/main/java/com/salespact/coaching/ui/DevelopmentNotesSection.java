package com.salespact.coaching.ui;

import com.salespact.base.ui.UserFormats;
import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FormErrors;
import com.salespact.coaching.CoachingNoteLine;
import com.salespact.coaching.CoachingService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;

/**
 * Development conversations written down (skills to develop, career aspirations, notes), each with its day and
 * author; a coach writes a new one above the list.
 */
class DevelopmentNotesSection extends CoachingSection {

    /** @param coach the reader coaches the rep, so may add a note */
    DevelopmentNotesSection(CoachingService coaching, long repId, boolean coach, Runnable reload,
                            List<CoachingNoteLine> notes, LocalDate today) {
        super("coaching-notes-section", "coaching.notes.title");
        if (coach) {
            CoachingNoteForm form = new CoachingNoteForm(today);
            Button add = new Button(getTranslation("coaching.note.add"), event -> form.write().ifPresent(draft -> {
                try {
                    coaching.addNote(repId, draft.getNotedOn(), draft.getSkills(), draft.getAspirations(),
                            draft.getText());
                    FormErrors.success(getTranslation("coaching.note.added"));
                    reload.run();
                } catch (RuleViolation refused) {
                    form.showError(refused);
                }
            }));
            add.setId("coaching-note-add");
            add(form, actions(add));
        }
        Div list = new Div();
        list.setId("coaching-notes");
        list.addClassName("feedback-list");
        if (notes.isEmpty()) {
            list.add(new Paragraph(getTranslation("coaching.notes.none")));
        }
        notes.forEach(note -> list.add(card(note)));
        add(list);
    }

    private Div card(CoachingNoteLine note) {
        Div card = new Div();
        card.setId("coaching-note-" + note.id());
        card.addClassName("coaching-note");
        Span head = new Span(getTranslation("coaching.note.by", UserFormats.current().date(note.notedOn()), note.authorName()));
        head.addClassName("feedback-hint");
        card.add(head);
        labelled(card, "coaching.note.skills", note.skills(), "coaching-note-skills");
        labelled(card, "coaching.note.aspirations", note.aspirations(), "coaching-note-aspirations");
        labelled(card, "coaching.note.text", note.text(), "coaching-note-text");
        return card;
    }

    private void labelled(Div card, String labelKey, String value, String className) {
        if (value == null) {
            return;
        }
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("feedback-label");
        Paragraph text = new Paragraph(value);
        text.addClassName(className);
        card.add(label, text);
    }
}
