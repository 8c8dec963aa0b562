package com.salespact.pact.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A list of small editable rows (standards, commitments, rungs, training items) as one field a Binder can bind.
 * Rows can be added and removed; an ordered list (ranked motivators, ladder rungs) can also be moved up and down.
 */
class RowsField<T> extends CustomField<List<T>> {

    /** One row's editor. */
    interface Row<T> {
        Component component();

        T value();

        void read(T value);

        /** Runs on every change a person makes in the row. */
        void onChange(Runnable listener);

        void setReadOnly(boolean readOnly);
    }

    private final Supplier<Row<T>> rowFactory;
    private final boolean ordered;
    private final Div rows = new Div();
    private final List<Row<T>> editors = new ArrayList<>();
    private final Button add;
    private int maxRows = 20;

    RowsField(String label, String addLabel, Supplier<Row<T>> rowFactory, boolean ordered) {
        this.rowFactory = rowFactory;
        this.ordered = ordered;
        setLabel(label);
        rows.addClassName("pact-rows");
        add = new Button(addLabel, VaadinIcon.PLUS.create(), event -> {
            addRow(null);
            updateValue();
        });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClassName("pact-rows-add");
        add(rows, add);
        setWidthFull();
    }

    void setMaxRows(int maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    protected List<T> generateModelValue() {
        return editors.stream().map(Row::value).toList();
    }

    @Override
    protected void setPresentationValue(List<T> values) {
        rows.removeAll();
        editors.clear();
        if (values != null) {
            values.forEach(this::addRow);
        }
        add.setEnabled(editors.size() < maxRows);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        add.setVisible(!readOnly);
        editors.forEach(editor -> editor.setReadOnly(readOnly));
        rows.getChildren().forEach(line -> line.getChildren().skip(1)
                .forEach(button -> button.setVisible(!readOnly)));
    }

    private void addRow(T value) {
        Row<T> editor = rowFactory.get();
        if (value != null) {
            editor.read(value);
        }
        editor.onChange(this::updateValue);
        editor.setReadOnly(isReadOnly());
        editors.add(editor);
        Div line = new Div(editor.component());
        line.addClassName("pact-row");
        if (ordered) {
            line.add(icon(VaadinIcon.ARROW_UP, "Move up", () -> move(editor, -1)),
                    icon(VaadinIcon.ARROW_DOWN, "Move down", () -> move(editor, 1)));
        }
        line.add(icon(VaadinIcon.TRASH, "Remove", () -> {
            editors.remove(editor);
            rows.remove(line);
            add.setEnabled(editors.size() < maxRows);
            updateValue();
        }));
        line.getChildren().skip(1).forEach(button -> button.setVisible(!isReadOnly()));
        rows.add(line);
        add.setEnabled(editors.size() < maxRows);
    }

    private Button icon(VaadinIcon icon, String label, Runnable action) {
        Button button = new Button(icon.create(), event -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }

    private void move(Row<T> editor, int by) {
        List<T> values = new ArrayList<>(generateModelValue());
        int from = editors.indexOf(editor);
        int to = from + by;
        if (to < 0 || to >= values.size()) {
            return;
        }
        values.add(to, values.remove(from));
        setPresentationValue(values);
        updateValue();
    }
}
