package com.salespact.coaching.ui;


import com.salespact.base.ui.UserFormats;
import com.salespact.base.ConcurrentEditException;
import com.salespact.base.ui.FormErrors;
import com.salespact.coaching.TrainingItemLine;
import com.salespact.coaching.TrainingService;
import com.salespact.pact.TrainingStatus;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.time.ZoneId;

/**
 * One training item: what it is, when it is due (or was completed), where it came from, and its status to move along.
 * A status somebody changed meanwhile is refused and the plan re-read.
 */
class TrainingItemRow extends Div {

    TrainingItemRow(TrainingService training, TrainingItemLine item, ZoneId zone, Runnable reload) {
        Span name = new Span(item.title());
        name.addClassName("training-title");
        Span when = new Span(item.status() == TrainingStatus.DONE && item.completedAt() != null
                ? getTranslation("coaching.training.completed", UserFormats.current().date(item.completedAt().atZone(zone)))
                : item.dueDate() == null ? ""
                : getTranslation(item.overdue() ? "coaching.training.overdue" : "coaching.training.due",
                        UserFormats.current().date(item.dueDate())));
        when.addClassNames("feedback-hint", item.overdue() ? "overdue" : "due");
        Span source = new Span(getTranslation("coaching.training.source." + item.source().name()));
        source.addClassName("training-source");
        Select<TrainingStatus> status = new Select<>();
        status.setId("training-status-" + item.id());
        status.setAriaLabel(getTranslation("coaching.training.status"));
        status.setItems(TrainingStatus.values());
        status.setItemLabelGenerator(value -> getTranslation("coaching.training.status." + value.name()));
        status.setValue(item.status());
        status.addValueChangeListener(event -> {
            if (event.getValue() == null || event.getValue() == item.status()) {
                return;
            }
            try {
                training.move(item.id(), event.getValue(), item.version());
                FormErrors.success(getTranslation("coaching.training.updated"));
            } catch (ConcurrentEditException raced) {
                FormErrors.error(getTranslation("error.concurrent"));
            }
            reload.run();
        });
        Div text = new Div(name, when, source);
        text.addClassName("training-text");
        add(text, status);
        setId("training-item-" + item.id());
        addClassNames("training-item", "training-" + item.status().name().toLowerCase());
    }
}
