package com.salespact.reviews.ui;

import com.salespact.base.ui.LimitedTextField;
import com.salespact.reviews.ReviewDetails;
import com.salespact.reviews.ReviewService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;

/**
 * Action items: what was carried over from earlier reviews (until done), what was done since, and what is agreed
 * now, each with an owner (the rep or the manager) and a due date.
 */
class ActionsSection extends ReviewSection {

    private final Div items = new Div();
    private final Div form = new Div();
    final TextField text = new LimitedTextField(null, 2000);
    final Select<Long> owner = new Select<>();
    final DatePicker due = new com.salespact.base.ui.LocalizedDatePicker();
    final Button add = new Button();

    ActionsSection(ReviewService reviews, Runnable reload) {
        super("review-actions", "review.actions", reviews, reload);
        items.addClassName("review-items");
        items.setId("action-items");
        text.setId("action-text");
        text.setPlaceholder(getTranslation("review.actions.placeholder"));
        text.addClassName("review-grow");
        owner.setId("action-owner");
        owner.setLabel(getTranslation("review.actions.owner"));
        due.setId("action-due");
        due.setLabel(getTranslation("review.actions.due"));
        add.setText(getTranslation("review.actions.add"));
        add.setId("add-action");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(event -> change(() -> {
            reviews.addActionItem(details.id(), owner.getValue() == null ? details.repId() : owner.getValue(),
                    text.getValue(), due.getValue());
            text.clear();
            due.clear();
        }, Map.of("actionText", text, "actionOwner", owner, "actionDue", due)));
        form.addClassName("review-form-row");
        form.add(text, owner, due, add);
        add(items, form);
    }

    @Override
    void render() {
        items.removeAll();
        if (details.actions().isEmpty()) {
            items.add(new Paragraph(getTranslation("review.actions.empty")));
        }
        details.actions().forEach(action -> items.add(line(action)));
        owner.setItems(List.of(details.repId(), details.managerId()));
        owner.setItemLabelGenerator(id -> id == details.repId() ? details.repName() : details.managerName());
        if (owner.getValue() == null) {
            owner.setValue(details.repId());
        }
        form.setVisible(details.status() != com.salespact.reviews.ReviewStatus.CANCELLED);
    }

    private Div line(ReviewDetails.ActionLine action) {
        Checkbox done = new Checkbox(action.text(), action.done());
        done.setId("action-done-" + action.id());
        done.addClassName("review-item-text");
        // Lines are rebuilt, never set programmatically, so every change here is somebody's tap.
        done.addValueChangeListener(event -> change(() -> reviews.setActionDone(action.id(), event.getValue()),
                Map.of()));
        Span meta = new Span(action.ownerName() + (action.dueDate() == null ? ""
                : " · " + getTranslation("review.actions.due-on", ReviewLabels.shortDay(action.dueDate()))));
        meta.addClassName("review-meta");
        Div line = new Div(done, meta);
        line.addClassName("review-item");
        if (action.carried() && !action.done()) {
            line.add(ReviewLabels.badge(getTranslation("review.actions.carried"), "review-badge-carried"));
        }
        if (action.done() && action.carried()) {
            line.add(ReviewLabels.badge(getTranslation("review.actions.done-since"), "review-badge-done"));
        }
        if (action.overdue()) {
            line.add(ReviewLabels.badge(getTranslation("review.actions.overdue"), "review-badge-overdue"));
        }
        return line;
    }
}
