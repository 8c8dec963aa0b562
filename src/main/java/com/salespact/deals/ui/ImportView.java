package com.salespact.deals.ui;

import com.salespact.base.ui.FormErrors;
import com.salespact.deals.csv.CsvImportService;
import com.salespact.deals.csv.CsvKind;
import com.salespact.deals.csv.CsvPreview;
import com.salespact.deals.csv.CsvResult;
import com.salespact.security.Role;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.File;
import java.util.List;

/**
 * Import accounts or deals from CSV: choose the kind, upload, look at the preview (every row's action, every problem
 * with its line), then commit. Reading, checking and saving run off the request thread; progress arrives by push.
 */
@Route("deals/import")
@Menu(order = 4, icon = "UPLOAD", title = "csv.nav")
@RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    private final CsvFormatHelp help = new CsvFormatHelp(CsvKind.DEALS);
    private final CsvChooser chooser;
    private final ImportProgress progress = new ImportProgress();
    private final ImportWork work;
    private final Span counts = new Span();
    private final CsvFileErrors fileErrors = new CsvFileErrors();
    private final Checkbox onlyProblems = new Checkbox();
    private final CsvPreviewGrid grid = new CsvPreviewGrid();
    private final ImportActions actions = new ImportActions(this::commit, this::reset);
    private final Paragraph summary = new Paragraph();
    private CsvPreview preview;

    public ImportView(CsvImportService service) {
        this.work = new ImportWork(service, progress);
        setId("csv-import-view");
        setSizeFull();

        chooser = new CsvChooser(kind -> {
            help.describe(kind);
            reset();
        }, this::uploaded);
        counts.setId("csv-counts");
        onlyProblems.setId("csv-only-problems");
        onlyProblems.setLabel(getTranslation("csv.only-errors"));
        onlyProblems.addValueChangeListener(event -> grid.onlyProblems(event.getValue()));

        summary.setId("csv-summary");
        add(new Paragraph(getTranslation("csv.help")), help, chooser, progress, summary, counts, fileErrors,
                onlyProblems, grid, actions);
        setFlexGrow(1, grid); // the preview takes the height the page has left
        reset();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("csv.title");
    }

    /** Called by the upload handler once the file is in a temporary file (inside UI.access). */
    private void uploaded(CsvKind kind, String fileName, File file) {
        reset();
        setBusy(true);
        work.preview(kind, fileName, file, this::show, this::failed);
    }

    private void show(CsvPreview result) {
        setBusy(false);
        chooser.clearFile();
        preview = result;
        grid.show(result);
        onlyProblems.setValue(result.hasErrors());
        onlyProblems.setVisible(!result.rows().isEmpty());

        counts.setText(getTranslation("csv.counts", result.rows().size(), result.toCreate(), result.toUpdate(),
                result.unchanged(), result.rowsWithErrors() + result.fileErrors().size()));
        counts.setVisible(true);
        fileErrors.show(result.fileErrors());
        actions.offer(result);
        summary.setText(result.hasErrors() ? getTranslation("csv.commit.blocked")
                : result.canCommit() ? "" : getTranslation("csv.commit.nothing"));
        summary.setVisible(!summary.getText().isEmpty());
    }

    private void commit() {
        CsvPreview toWrite = preview;
        if (toWrite == null || !toWrite.canCommit()) {
            return;
        }
        setBusy(true);
        work.commit(toWrite, this::committed, this::failed);
    }

    private void committed(CsvResult result) {
        reset();
        summary.setText(getTranslation("csv.done", getTranslation("csv.kind." + result.kind().name()),
                result.created(), result.updated(), result.unchanged(), result.totalMillis()));
        summary.setVisible(true);
        FormErrors.success(summary.getText());
    }

    private void failed(String message) {
        setBusy(false);
        chooser.clearFile();
        actions.allowCommit(preview != null && preview.canCommit());
        FormErrors.error(message);
    }

    private void reset() {
        preview = null;
        grid.clear();
        counts.setVisible(false);
        fileErrors.show(List.of());
        onlyProblems.setVisible(false);
        actions.hide();
        summary.setText("");
        summary.setVisible(false);
        setBusy(false);
    }

    private void setBusy(boolean busy) {
        progress.busy(busy);
        chooser.busy(busy);
        if (busy) {
            actions.allowCommit(false);
        }
    }
}
