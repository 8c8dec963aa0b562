package com.salespact.reviews.ui;

import com.salespact.base.ui.LimitedTextField;
import com.salespact.reviews.ReviewDetails;
import com.salespact.reviews.ReviewService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;

/** Points to talk about, from both sides; a manager may keep one private. Ticked off as discussed. */
class AgendaSection extends ReviewSection {

    private final Div items = new Div();
    private final Div form = new Div();
    final TextField text = new LimitedTextField(null, 2000);
    final Checkbox privateItem = new Checkbox();
    final Button add = new Button();

    AgendaSection(ReviewService reviews, Runnable reload) {
        super("review-agenda", "review.agenda", reviews, reload);
        items.addClassName("review-items");
        items.setId("agenda-items");
        text.setId("agenda-text");
        text.setPlaceholder(getTranslation("review.agenda.placeholder"));
        text.addClassName("review-grow");
        privateItem.setId("agenda-private");
        privateItem.setLabel(getTranslation("review.agenda.private"));
        add.setText(getTranslation("review.agenda.add"));
        add.setId("add-agenda");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(event -> change(() -> {
            reviews.addAgendaItem(details.id(), text.getValue(), privateItem.getValue());
            text.clear();
            privateItem.clear();
        }, Map.of("agendaText", text)));
        text.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, event -> add.click());
        form.addClassName("review-form-row");
        form.add(text, privateItem, add);
        add(items, form);
    }

    @Override
    void render() {
        items.removeAll();
        if (details.agenda().isEmpty()) {
            items.add(new Paragraph(getTranslation("review.agenda.empty")));
        }
        details.agenda().forEach(item -> items.add(line(item)));
        form.setVisible(details.isOpen());
        privateItem.setVisible(details.managerView());
    }

    private Div line(ReviewDetails.AgendaLine item) {
        Checkbox discussed = new Checkbox(item.text(), item.discussed());
        discussed.setId("agenda-item-" + item.id());
        discussed.addClassName("review-item-text");
        // Lines are rebuilt, never set programmatically, so every change here is somebody's tap.
        discussed.addValueChangeListener(event -> change(() -> reviews.markDiscussed(item.id(), event.getValue()),
                Map.of()));
        Span author = new Span(item.authorName());
        author.addClassName("review-meta");
        Div line = new Div(discussed, author);
        line.addClassName("review-item");
        if (item.privateItem()) {
            line.addClassName("review-item-private");
            line.add(ReviewLabels.badge(getTranslation("review.private"), "review-badge-private"));
        }
        if (details.isOpen() && (details.managerView() || item.authorId() == details.repId())) {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), event ->
                    change(() -> reviews.removeAgendaItem(item.id()), Map.of()));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel(getTranslation("review.remove"));
            remove.setId("remove-agenda-" + item.id());
            line.add(remove);
        }
        return line;
    }
}
