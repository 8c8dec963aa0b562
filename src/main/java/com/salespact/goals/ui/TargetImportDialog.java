package com.salespact.goals.ui;

import com.salespact.base.ui.UserFormats;
import com.salespact.base.ConcurrentEditException;
import com.salespact.base.ui.FormErrors;
import com.salespact.goals.TargetCsvPreview;
import com.salespact.goals.TargetCsvProblem;
import com.salespact.goals.TargetCsvRejectedException;
import com.salespact.goals.TargetCsvResult;
import com.salespact.goals.TargetCsvRow;
import com.salespact.goals.TargetCsvService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.server.streams.UploadHandler;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Import targets from CSV: upload, see every row (what it would do, its problems with line numbers), then import
 * all rows or none. Each changed row becomes a revision with the reason "CSV import &lt;file name&gt;".
 */
class TargetImportDialog extends Dialog {

    private final TargetCsvService csv;
    private final Runnable imported;
    private final Upload upload;
    private final Span counts = new Span();
    private final UnorderedList fileProblems = new UnorderedList();
    private final Grid<TargetCsvRow> grid = new Grid<>();
    private final Button commit = new Button();
    private TargetCsvPreview preview;

    TargetImportDialog(TargetCsvService csv, Runnable imported) {
        this.csv = csv;
        this.imported = imported;
        setId("target-import");
        setHeaderTitle(getTranslation("targets.csv.title"));
        setWidth("min(60em, 96vw)");
        setResizable(true);

        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> show(csv.preview(metadata.fileName(), bytes))));
        upload.setId("target-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(TargetCsvService.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setUploadButton(new Button(getTranslation("targets.csv.choose")));
        upload.addFileRejectedListener(event -> FormErrors.error(getTranslation("targets.csv.rejected-file")));

        counts.setId("target-import-counts");
        fileProblems.setId("target-import-problems");
        fileProblems.getStyle().set("color", "var(--lumo-error-text-color)");
        grid.setId("target-import-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(TargetCsvRow::line).setHeader(getTranslation("targets.csv.col.line")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> getTranslation("targets.csv.action." + row.action().name()))
                .setHeader(getTranslation("targets.csv.col.action")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.ownerName() != null ? row.ownerName() : row.who())
                .setHeader(getTranslation("targets.col.name")).setAutoWidth(true);
        grid.addColumn(row -> row.fiscalYear() == null ? "" : "FY" + row.fiscalYear())
                .setHeader(getTranslation("targets.year")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> change(row.oldRevenue(), row.revenue())).setHeader(getTranslation("targets.col.revenue"))
                .setAutoWidth(true);
        grid.addColumn(row -> amount(row.minGrossProfit())).setHeader(getTranslation("targets.col.min-gp"))
                .setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(this::problems)).setHeader(getTranslation("targets.csv.col.problems"))
                .setKey("problems").setFlexGrow(3);
        grid.setPartNameGenerator(row -> row.hasProblems() ? "csv-problem" : null);
        grid.setAllRowsVisible(true);
        grid.setMaxHeight("50vh");

        commit.setId("target-import-commit");
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.setMinHeight("44px");
        commit.addClickListener(event -> commit());
        Button cancel = new Button(getTranslation("action.cancel"), event -> close());
        cancel.setMinHeight("44px");
        getFooter().add(cancel, commit);

        add(new Paragraph(getTranslation("targets.csv.help", String.join(",", TargetCsvService.COLUMNS))), upload,
                counts, fileProblems, grid);
        reset();
    }

    private void show(TargetCsvPreview result) {
        preview = result;
        upload.clearFileList();
        grid.setItems(result.rows());
        grid.setVisible(!result.rows().isEmpty());
        counts.setText(getTranslation("targets.csv.counts", result.rows().size(),
                result.count(TargetCsvRow.Action.CREATE), result.count(TargetCsvRow.Action.UPDATE),
                result.count(TargetCsvRow.Action.UNCHANGED), result.count(TargetCsvRow.Action.ERROR)
                        + result.fileProblems().size()));
        counts.setVisible(true);
        fileProblems.removeAll();
        result.fileProblems().forEach(problem -> fileProblems.add(new ListItem(text(problem))));
        fileProblems.setVisible(!result.fileProblems().isEmpty());
        commit.setText(getTranslation("targets.csv.commit", result.changes()));
        commit.setEnabled(result.canCommit());
        commit.setVisible(true);
    }

    private void commit() {
        if (preview == null || !preview.canCommit()) {
            return;
        }
        try {
            TargetCsvResult result = csv.commit(preview);
            FormErrors.success(getTranslation("targets.csv.done", result.changed(), result.unchanged()));
            close();
            imported.run();
        } catch (TargetCsvRejectedException rejected) {
            FormErrors.error(getTranslation("targets.csv.refused", rejected.problems().stream().limit(5)
                    .map(this::text).collect(Collectors.joining("; "))));
        } catch (ConcurrentEditException raced) {
            FormErrors.error(getTranslation("targets.csv.raced"));
        }
    }

    private void reset() {
        preview = null;
        grid.setItems(List.of());
        grid.setVisible(false);
        counts.setVisible(false);
        fileProblems.setVisible(false);
        commit.setVisible(false);
    }

    private Component problems(TargetCsvRow row) {
        Span text = new Span(row.problems().stream().map(this::text).collect(Collectors.joining("; ")));
        text.getStyle().set("color", "var(--lumo-error-text-color)").set("white-space", "normal");
        return text;
    }

    /** "Line 3: …" with the problem's translated message. */
    String text(TargetCsvProblem problem) {
        String message = getTranslation(problem.key(), problem.args().toArray());
        return getTranslation("targets.csv.line", String.valueOf(problem.line()), message);
    }

    private static String amount(BigDecimal value) {
        return value == null ? "" : UserFormats.current().money(value);
    }

    private static String change(BigDecimal before, BigDecimal after) {
        if (after == null) {
            return "";
        }
        return before == null || before.compareTo(after) == 0 ? UserFormats.current().money(after)
                : UserFormats.current().money(before) + " → " + UserFormats.current().money(after);
    }
}
