package com.salespact.deals.ui;

import com.salespact.deals.csv.CsvKind;
import com.salespact.deals.csv.ImportDraft;
import com.salespact.deals.csv.ImportField;
import com.salespact.deals.csv.ImportMapping;
import com.salespact.deals.csv.ImportValues.DateOrder;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

/**
 * The mapping step after an upload (decision 025): what the file was recognised as, the field of every column, what
 * its stage names and owners mean, the order of its dates when they read both ways, whether missing accounts are
 * created, and the first rows as they will be read. "Check the file" previews it with this mapping.
 */
class ImportMappingStep extends VerticalLayout {

    static final int SAMPLE_ROWS = 5;

    private final H3 title = new H3();
    private final Paragraph recognised = new Paragraph();
    private final Select<CsvKind> kind = new Select<>();
    private final FormLayout columns = new FormLayout();
    private final ImportValueChoices values = new ImportValueChoices();
    private final RadioButtonGroup<DateOrder> dateOrder = new RadioButtonGroup<>();
    private final Checkbox createAccounts = new Checkbox();
    private final Grid<Map<String, String>> sample = new Grid<>();
    private final ToIntFunction<ImportMapping> missingAccounts;
    private ImportDraft draft;
    private ImportMapping mapping;

    ImportMappingStep(ToIntFunction<ImportMapping> missingAccounts, Consumer<ImportMapping> check, Runnable cancel) {
        this.missingAccounts = missingAccounts;
        setId("import-mapping");
        setPadding(false);
        title.setText(getTranslation("import.mapping.title"));
        recognised.setId("import-recognised");
        kind.setId("import-kind");
        kind.setLabel(getTranslation("csv.kind"));
        kind.setItems(CsvKind.values());
        kind.setItemLabelGenerator(value -> value == null ? "" : getTranslation("csv.kind." + value.name()));
        kind.addValueChangeListener(event -> {
            if (mapping != null && event.getValue() != null && event.getValue() != mapping.kind()) {
                change(m -> m.withKind(event.getValue()));
            }
        });
        columns.setId("import-columns");
        dateOrder.setId("import-date-order");
        dateOrder.setLabel(getTranslation("import.dates.label"));
        dateOrder.setItems(DateOrder.values());
        dateOrder.setItemLabelGenerator(order -> getTranslation("import.dates." + order.name()));
        dateOrder.addValueChangeListener(event -> {
            if (mapping != null && event.getValue() != mapping.dateOrder()) {
                change(m -> m.withDateOrder(event.getValue()));
            }
        });
        createAccounts.setId("import-create-accounts");
        createAccounts.addValueChangeListener(event -> {
            if (mapping != null && event.getValue() != mapping.createAccounts()) {
                change(m -> m.withCreateAccounts(event.getValue()));
            }
        });
        sample.setId("import-sample");
        sample.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        sample.setAllRowsVisible(true);

        Button checkFile = new Button(getTranslation("import.check"), event -> check.accept(mapping));
        checkFile.setId("import-check");
        checkFile.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button startOver = new Button(getTranslation("csv.clear"), event -> cancel.run());
        startOver.setId("import-cancel");
        H4 columnsTitle = new H4(getTranslation("import.mapping.columns"));
        H4 sampleTitle = new H4(getTranslation("import.mapping.sample", SAMPLE_ROWS));
        add(title, recognised, kind, columnsTitle, columns, values, dateOrder, createAccounts, sampleTitle, sample,
                new HorizontalLayout(checkFile, startOver));
        setVisible(false);
    }

    void show(ImportDraft uploaded) {
        draft = uploaded;
        mapping = uploaded.mapping();
        recognised.setText(uploaded.savedMapping() != null
                ? getTranslation("import.mapping.saved", uploaded.savedMapping())
                : getTranslation("import.mapping.layout." + mapping.layout().name(),
                        getTranslation("csv.kind." + mapping.kind().name()), uploaded.table().rows().size(),
                        uploaded.table().charset().name(), separator(uploaded.table().delimiter())));
        kind.setValue(mapping.kind());
        showColumns();
        refresh();
        setVisible(true);
    }

    void hide() {
        draft = null;
        mapping = null;
        columns.removeAll();
        setVisible(false);
    }

    ImportMapping mapping() {
        return mapping;
    }

    private void change(UnaryOperator<ImportMapping> edit) {
        mapping = edit.apply(mapping);
        refresh();
    }

    private void showColumns() {
        columns.removeAll();
        List<String> header = draft.table().header();
        List<ImportField> fields = ImportField.of(mapping.kind());
        for (int i = 0; i < header.size(); i++) {
            int column = i;
            Select<ImportField> select = new Select<>();
            select.setId("import-column-" + i);
            select.setLabel(header.get(i).isEmpty() ? "#" + (i + 1) : header.get(i));
            select.setItems(fields);
            select.setItemLabelGenerator(field -> field == null ? "" : getTranslation("import.field." + field.name()));
            select.setValue(mapping.field(i));
            select.addValueChangeListener(event -> change(m -> m.withField(column, event.getValue())));
            columns.add(select);
        }
    }

    /** Everything that follows from the mapping: the value choices, the date question, the accounts, the sample. */
    private void refresh() {
        if (kind.getValue() != mapping.kind()) {
            kind.setValue(mapping.kind());
            showColumns();
        }
        values.show(draft, mapping, this::change);
        boolean asks = draft.asksDateOrder(mapping);
        dateOrder.setVisible(asks);
        dateOrder.setValue(mapping.dateOrder());
        dateOrder.setInvalid(asks && mapping.dateOrder() == null);
        dateOrder.setErrorMessage(getTranslation("import.dates.ask"));
        int missing = missingAccounts.applyAsInt(mapping);
        createAccounts.setLabel(getTranslation("import.create-accounts", missing));
        createAccounts.setValue(mapping.createAccounts());
        createAccounts.setVisible(missing > 0);
        showSample();
    }

    private void showSample() {
        sample.removeAllColumns();
        for (ImportField field : ImportField.of(mapping.kind())) {
            if (mapping.has(field) && field.column() != null && field != ImportField.STATUS) {
                sample.addColumn(row -> row.getOrDefault(field.column(), ""))
                        .setHeader(getTranslation("import.field." + field.name())).setAutoWidth(true)
                        .setKey(field.column());
            }
        }
        sample.setItems(draft.sample(mapping, SAMPLE_ROWS));
    }

    private String separator(char delimiter) {
        return getTranslation("import.separator." + switch (delimiter) {
            case ';' -> "semicolon";
            case '\t' -> "tab";
            default -> "comma";
        });
    }
}
