package com.salespact.coaching.ui;

import com.salespact.base.ui.LimitedTextField;
import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FormErrors;
import com.salespact.coaching.TrainingItem;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** A training item agreed in a review or development conversation: what, and by when (optional). */
class TrainingItemForm extends Composite<FormLayout> {

    final TextField title = new LimitedTextField(getTranslation("coaching.training.item"), TrainingItem.MAX_TITLE);
    final DatePicker dueDate = new com.salespact.base.ui.LocalizedDatePicker(getTranslation("coaching.training.due-date"));

    private final Binder<Draft> binder = new Binder<>();

    /** What the form holds. */
    public static final class Draft {
        private String title = "";
        private LocalDate dueDate;

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public LocalDate getDueDate() {
            return dueDate;
        }

        public void setDueDate(LocalDate dueDate) {
            this.dueDate = dueDate;
        }
    }

    public TrainingItemForm(LocalDate today) {
        title.setId("training-title");
        dueDate.setId("training-due");
        dueDate.setMin(today);

        binder.forField(title).asRequired(getTranslation("coaching.training.item.required"))
                .bind(Draft::getTitle, Draft::setTitle);
        binder.forField(dueDate).bind(Draft::getDueDate, Draft::setDueDate);

        getContent().add(title, dueDate);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("600px", 2));
        binder.readBean(new Draft());
    }

    public Optional<Draft> write() {
        Draft draft = new Draft();
        return binder.writeBeanIfValid(draft) ? Optional.of(draft) : Optional.empty();
    }

    public void showError(RuleViolation violation) {
        FormErrors.show(violation, Map.<String, HasValidation>of("title", title, "dueDate", dueDate));
    }
}
