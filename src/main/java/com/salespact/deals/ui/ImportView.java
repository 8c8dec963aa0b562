package com.salespact.deals.ui;

import com.salespact.base.ui.FormErrors;
import com.salespact.deals.csv.CsvImportService;
import com.salespact.deals.csv.CsvKind;
import com.salespact.deals.csv.CsvPreview;
import com.salespact.deals.csv.CsvResult;
import com.salespact.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.File;

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
    private final UnorderedList fileErrors = new UnorderedList();
    private final Checkbox onlyProblems = new Checkbox();
    private final CsvPreviewGrid grid = new CsvPreviewGrid();
    private final Button commit = new Button();
    private final Button clear = new Button();
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
        fileErrors.setId("csv-file-errors");
        fileErrors.getStyle().set("color", "var(--lumo-error-text-color)");
        onlyProblems.setId("csv-only-problems");
        onlyProblems.setLabel(getTranslation("csv.only-errors"));
        onlyProblems.addValueChangeListener(event -> grid.onlyProblems(event.getValue()));

        commit.setId("csv-commit");
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.setDisableOnClick(true);
        commit.addClickListener(event -> commit());
        clear.setId("csv-clear");
        clear.setText(getTranslation("csv.clear"));
        clear.addClickListener(event -> reset());
        summary.setId("csv-summary");

        HorizontalLayout actions = new HorizontalLayout(commit, clear);
        add(new Paragraph(getTranslation("csv.help")), help, chooser, progress, summary, counts, fileErrors,
                onlyProblems, grid, actions);
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
        fileErrors.removeAll();
        result.fileErrors().forEach(error -> fileErrors.add(new ListItem(error.message())));
        fileErrors.setVisible(!result.fileErrors().isEmpty());

        commit.setText(getTranslation("csv.commit", result.toCreate() + result.toUpdate()));
        commit.setEnabled(result.canCommit());
        commit.setVisible(true);
        clear.setVisible(true);
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
        commit.setEnabled(preview != null && preview.canCommit());
        FormErrors.error(message);
    }

    private void reset() {
        preview = null;
        grid.clear();
        counts.setVisible(false);
        fileErrors.removeAll();
        fileErrors.setVisible(false);
        onlyProblems.setVisible(false);
        commit.setEnabled(false);
        commit.setVisible(false);
        clear.setVisible(false);
        summary.setText("");
        summary.setVisible(false);
        setBusy(false);
    }

    private void setBusy(boolean busy) {
        progress.busy(busy);
        chooser.busy(busy);
        if (busy) {
            commit.setEnabled(false);
        }
    }
}
