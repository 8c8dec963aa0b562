package com.salespact.deals.ui;

import com.salespact.deals.csv.CsvError;
import com.salespact.deals.csv.CsvKind;
import com.salespact.deals.csv.CsvPreview;
import com.salespact.deals.csv.CsvRow;
import com.salespact.deals.csv.ImportField;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.salespact.base.ui.UserFormats;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Every row of a previewed file: its line, what the import would do with it, its main columns and its problems. */
class CsvPreviewGrid extends Grid<CsvRow> {

    /** About ten compact rows under the header: the least the grid is given when the page above it is tall. */
    static final String MIN_HEIGHT = "24rem";
    static final String VALUE_WIDTH = "5.5rem";
    /** "€1,250,000.50" needs more than a name column; all columns of a deal file still fit at 1366 px. */
    static final String MONEY_WIDTH = "7rem";
    static final String PROBLEMS_WIDTH = "12rem";
    /** Not a column of the file: what the targets feature found stored (goals.TargetImport). */
    private static final String STORED_REVENUE = "stored_revenue";

    /** The columns worth a look per kind; the rest are in the file. */
    private static final Map<CsvKind, List<String>> SHOWN = Map.of(
            CsvKind.ACCOUNTS, List.of("external_id", "name", "owner_username", "class", "business_type", "industry",
                    "city"),
            CsvKind.DEALS, List.of("external_id", "name", "account_external_id", "owner_username", "amount",
                    "gross_profit", "stage", "expected_close_date"),
            CsvKind.ACTIVITIES, List.of("external_id", "kind", "date", "owner_username", "account_name",
                    "account_external_id", "deal_name", "note"),
            // The revenue stored now beside the file's, so a change is seen before it is made.
            CsvKind.TARGETS, List.of("username_or_team", "fiscal_year", STORED_REVENUE, "revenue",
                    "min_gross_profit"));

    private GridListDataView<CsvRow> rows;
    private boolean onlyProblems;

    CsvPreviewGrid() {
        setId("csv-grid");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        setPartNameGenerator(row -> row.hasErrors() ? "csv-problem" : null);
        // It fills the page's height left (ImportView grows it), but never shrinks below ten rows or so: the page
        // scrolls instead, where the grid used to be squeezed to three rows.
        setMinHeight(MIN_HEIGHT);
        setVisible(false);
    }

    void show(CsvPreview preview) {
        removeAllColumns();
        addColumn(CsvRow::line).setHeader(getTranslation("csv.col.line")).setAutoWidth(true).setFlexGrow(0);
        addColumn(row -> getTranslation("csv.action." + row.action().name()))
                .setHeader(getTranslation("csv.col.action")).setAutoWidth(true).setFlexGrow(0);
        for (String column : SHOWN.get(preview.kind())) {
            if (preview.columns().contains(column) || column.equals(STORED_REVENUE)) {
                // Narrow and growing rather than as wide as the longest value: all columns fit at 1366 px.
                boolean money = column.equals(STORED_REVENUE) || field(column).map(ImportField::isMoney).orElse(false);
                addColumn(row -> money ? money(row.value(column)) : row.value(column)).setHeader(header(column))
                        .setKey(column).setResizable(true)
                        .setWidth(money ? MONEY_WIDTH : VALUE_WIDTH).setFlexGrow(1);
            }
        }
        // The problems wrap within the column (no sideways scrolling at 1366 px): no auto width, the most flex.
        addColumn(new ComponentRenderer<>(CsvPreviewGrid::problems)).setHeader(getTranslation("csv.col.problems"))
                .setKey("problems").setAutoWidth(false).setWidth(PROBLEMS_WIDTH).setFlexGrow(3);
        rows = setItems(preview.rows());
        rows.setFilter(row -> !onlyProblems || row.hasErrors());
        setVisible(!preview.rows().isEmpty());
    }

    /** The field's name as the mapping step shows it ("Rep or team"), the file's column name on hover. */
    private Span header(String column) {
        String label = column.equals(STORED_REVENUE) ? getTranslation("csv.col.stored-revenue")
                : field(column).map(field -> getTranslation("import.field." + field.name())).orElse(column);
        Span header = new Span(label);
        header.getElement().setAttribute("title", column);
        return header;
    }

    private static Optional<ImportField> field(String column) {
        return Arrays.stream(ImportField.values()).filter(field -> column.equals(field.column())).findFirst();
    }

    /**
     * "€1,300,000" or, with cents, "€1,250,000.50", in the user's format; a value the import could not read as money
     * stays as the file has it.
     */
    private static String money(String value) {
        if (!value.matches("-?\\d+(\\.\\d{1,2})?")) {
            return value;
        }
        BigDecimal amount = new BigDecimal(value);
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        return whole ? UserFormats.current().money(amount) : UserFormats.current().moneyExact(amount);
    }

    void onlyProblems(boolean only) {
        onlyProblems = only;
        if (rows != null) {
            rows.refreshAll();
        }
    }

    void clear() {
        rows = null;
        setItems(List.of());
        setVisible(false);
    }

    private static Span problems(CsvRow row) {
        Span text = new Span(row.errors().stream().map(CsvError::problem).collect(Collectors.joining("; ")));
        text.getStyle().set("color", "var(--lumo-error-text-color)").set("white-space", "normal");
        return text;
    }
}
