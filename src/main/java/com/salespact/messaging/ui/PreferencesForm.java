package com.salespact.messaging.ui;

import com.salespact.messaging.Delivery;
import com.salespact.messaging.PreferenceLine;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.binder.Binder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One choice per kind of message: by e-mail, in the person's own chat (once they set a webhook), or in the app only. */
class PreferencesForm extends Composite<FormLayout> {

    /** The choices being edited, kind → delivery. */
    static final class Choices {
        private final Map<String, Delivery> byKind = new LinkedHashMap<>();

        Delivery get(String kind) {
            return byKind.get(kind);
        }

        void set(String kind, Delivery delivery) {
            byKind.put(kind, delivery);
        }

        Map<String, Delivery> asMap() {
            return Map.copyOf(byKind);
        }
    }

    final Map<String, RadioButtonGroup<Delivery>> fields = new LinkedHashMap<>();
    private final Binder<Choices> binder = new Binder<>();

    PreferencesForm(List<PreferenceLine> lines) {
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        for (PreferenceLine line : lines) {
            RadioButtonGroup<Delivery> choice = new RadioButtonGroup<>(getTranslation(line.labelKey()));
            choice.setItems(line.choices());
            choice.setItemLabelGenerator(delivery -> getTranslation(delivery.labelKey()));
            choice.setId("preference-" + line.kind());
            binder.forField(choice).asRequired()
                    .bind(choices -> choices.get(line.kind()), (choices, value) -> choices.set(line.kind(), value));
            fields.put(line.kind(), choice);
            getContent().add(choice);
        }
        read(lines);
    }

    void read(List<PreferenceLine> lines) {
        Choices choices = new Choices();
        lines.forEach(line -> choices.set(line.kind(), line.delivery()));
        binder.readBean(choices);
    }

    /** The choices as the person left them (every field has one). */
    Map<String, Delivery> write() {
        Choices choices = new Choices();
        binder.writeBeanIfValid(choices);
        return choices.asMap();
    }
}
