package com.salespact.holidays.ui;

import com.salespact.base.ui.LimitedTextField;
import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FormErrors;
import com.salespact.holidays.CompanyHoliday;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** A new company holiday: the day and its name, both required; the service's refusals land at their field. */
class HolidayForm extends Composite<FormLayout> {

    /** What the admin typed, before the service accepts it. */
    static final class Draft {
        private LocalDate date;
        private String name;

        LocalDate getDate() {
            return date;
        }

        void setDate(LocalDate date) {
            this.date = date;
        }

        String getName() {
            return name;
        }

        void setName(String name) {
            this.name = name;
        }
    }

    final DatePicker date = new com.salespact.base.ui.LocalizedDatePicker(getTranslation("holidays.date"));
    final TextField name = new LimitedTextField(getTranslation("holidays.name"), CompanyHoliday.MAX_NAME);
    private final Binder<Draft> binder = new Binder<>();

    HolidayForm() {
        date.setId("holiday-date");
        name.setId("holiday-name");
        binder.forField(date).asRequired(getTranslation("holidays.date.required")).bind(Draft::getDate, Draft::setDate);
        binder.forField(name).asRequired(getTranslation("holidays.name.required")).bind(Draft::getName, Draft::setName);
        getContent().add(date, name);
        clear();
    }

    /** The draft when every field is valid (errors shown at the fields otherwise). */
    Optional<Draft> write() {
        Draft draft = new Draft();
        return binder.writeBeanIfValid(draft) ? Optional.of(draft) : Optional.empty();
    }

    void clear() {
        binder.readBean(new Draft());
    }

    void showError(RuleViolation violation) {
        FormErrors.show(violation, Map.<String, HasValidation>of("date", date, "name", name));
    }
}
