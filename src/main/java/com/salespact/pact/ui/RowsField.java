package com.salespact.pact.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A list of small editable rows (standards, commitments, rungs, training items) as one field a Binder can bind.
 * Rows can be added and removed; an ordered list (ranked motivators, ladder rungs) can also be moved up and down.
 * A problem with one row (a negative minimum, a rung out of order) is shown on that row, until the row is changed.
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
    private final List<Entry> entries = new ArrayList<>();
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
        entries.clear();
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
        entries.forEach(entry -> entry.buttons.forEach(button -> button.setVisible(!readOnly)));
    }

    /** Marks one row (0-based) with what is wrong in it; false when there is no such row. */
    boolean showRowProblem(int index, String message) {
        if (index < 0 || index >= entries.size()) {
            return false;
        }
        entries.get(index).mark(message);
        return true;
    }

    /** Clears every row's mark, before the step's problems are shown again. */
    void clearRowProblems() {
        entries.forEach(Entry::clear);
    }

    private void addRow(T value) {
        Row<T> editor = rowFactory.get();
        if (value != null) {
            editor.read(value);
        }
        editor.setReadOnly(isReadOnly());
        Entry entry = new Entry(editor.component());
        editor.onChange(() -> {
            entry.clear();
            updateValue();
        });
        editors.add(editor);
        entries.add(entry);
        if (ordered) {
            entry.addButton(icon(VaadinIcon.ARROW_UP, getTranslation("pact.rows.move-up"), () -> move(editor, -1)));
            entry.addButton(icon(VaadinIcon.ARROW_DOWN, getTranslation("pact.rows.move-down"), () -> move(editor, 1)));
        }
        entry.addButton(icon(VaadinIcon.TRASH, getTranslation("pact.rows.remove"), () -> {
            int index = editors.indexOf(editor);
            editors.remove(index);
            entries.remove(index);
            rows.remove(entry.box);
            add.setEnabled(editors.size() < maxRows);
            updateValue();
        }));
        rows.add(entry.box);
        add.setEnabled(editors.size() < maxRows);
    }

    /** One row on screen: the editor and its buttons on a line, and under them the row's problem when it has one. */
    private final class Entry {
        private final Div box = new Div();
        private final Div line;
        private final Span problem = new Span();
        private final List<Button> buttons = new ArrayList<>();

        Entry(Component editor) {
            line = new Div(editor);
            line.addClassName("pact-row");
            problem.addClassName("pact-row-problem");
            problem.getElement().setAttribute("role", "alert");
            problem.setVisible(false);
            box.addClassName("pact-row-entry");
            box.add(line, problem);
        }

        void addButton(Button button) {
            button.setVisible(!isReadOnly());
            buttons.add(button);
            line.add(button);
        }

        void mark(String message) {
            problem.setText(message);
            problem.setVisible(true);
            box.addClassName("pact-row-invalid");
        }

        void clear() {
            problem.setVisible(false);
            box.removeClassName("pact-row-invalid");
        }
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
