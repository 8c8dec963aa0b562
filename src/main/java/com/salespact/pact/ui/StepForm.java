package com.salespact.pact.ui;

import com.salespact.base.ui.LimitedTextArea;
import com.salespact.base.ui.FieldConflictDialog;
import com.salespact.pact.StepContent;
import com.salespact.pact.StepDraft;
import com.salespact.pact.StepProblem;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One wizard step's form. The Binder reads the step into the fields; {@link #value()} builds the step from them as
 * typed, complete or not, so a draft always saves. Whether the step is complete is the domain's call: its problems
 * are shown at the fields they name.
 */
abstract class StepForm<T extends StepContent> extends Composite<FormLayout> {

    protected final Binder<T> binder;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private boolean reading;
    private Runnable changeListener = () -> { };

    StepForm(Class<T> type) {
        binder = new Binder<>(type);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("700px", 2));
        getContent().addClassName("pact-step-form");
    }

    /** Binds a field for reading and names it for problems; the step record is rebuilt by {@link #value()}. */
    protected <V, F extends HasValue<?, V> & HasValidation> F field(String name, F field,
                                                                     com.vaadin.flow.function.ValueProvider<T, V> getter) {
        binder.forField(field).bind(getter, (step, value) -> { });
        fields.put(name, field);
        field.addValueChangeListener(event -> {
            if (!reading) {
                field.setInvalid(false);
                changeListener.run();
            }
        });
        return field;
    }

    static TextArea textArea(String label, int maxLength) {
        TextArea area = new LimitedTextArea(label, maxLength);
        syncAsTyped(area);
        area.setMinRows(2);
        return area;
    }

    /**
     * Every key reaches the server in order with whatever the person does next. A debounced (LAZY) value waited in
     * the browser and was dropped when a side-navigation click navigated first: the view had gone when it arrived.
     * The server decides when to write (see StepAutosave), so this costs a round trip per key, not a save.
     */
    static <F extends HasValueChangeMode> F syncAsTyped(F field) {
        field.setValueChangeMode(ValueChangeMode.EAGER);
        return field;
    }

    void read(T step) {
        reading = true;
        try {
            binder.readBean(step);
        } finally {
            reading = false;
        }
        fields.values().forEach(field -> field.setInvalid(false));
    }

    /** The step as typed. */
    abstract T value();

    void onChange(Runnable listener) {
        this.changeListener = listener;
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }

    /** How the conflict dialog names this step's fields and shows their values. */
    FieldConflictDialog.Labels conflictLabels() {
        return new FieldConflictDialog.Labels(this::labelOf, (name, value) -> {
            String readable = StepDraft.readable(value);
            return readable.isBlank() ? getTranslation("merge.empty") : readable;
        });
    }

    /** The form's labels for the named fields, joined for a sentence. */
    String labelsOf(Set<String> names) {
        return names.stream().map(this::labelOf).collect(Collectors.joining(", "));
    }

    private String labelOf(String name) {
        HasValidation field = fields.get(name);
        if (field instanceof HasLabel labelled && labelled.getLabel() != null) {
            return labelled.getLabel();
        }
        // Fields drawn as panels (the sales formula) have no label of their own.
        return getTranslation("pact.merge.field." + name);
    }

    /** Marks the fields the problems name; a problem without a known field is returned for the page to show. */
    List<StepProblem> showProblems(List<StepProblem> problems) {
        fields.values().forEach(field -> field.setInvalid(false));
        fields.values().stream().filter(RowsField.class::isInstance)
                .forEach(field -> ((RowsField<?>) field).clearRowProblems());
        return problems.stream().filter(problem -> {
            HasValidation field = fields.get(problem.field());
            if (field == null) {
                return true;
            }
            if (problem.row() != null && field instanceof RowsField<?> list
                    && list.showRowProblem(problem.row(), problem.message())) {
                return false;
            }
            if (!field.isInvalid()) {
                field.setErrorMessage(problem.message());
                field.setInvalid(true);
            }
            return false;
        }).toList();
    }
}
