package com.salespact.deals.ui;

import com.salespact.base.ConcurrentEditException;
import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FormErrors;
import com.salespact.deals.csv.CsvError;
import com.salespact.deals.csv.CsvImportService;
import com.salespact.deals.csv.CsvKind;
import com.salespact.deals.csv.CsvPreview;
import com.salespact.deals.csv.CsvProgress;
import com.salespact.deals.csv.CsvRejectedException;
import com.salespact.deals.csv.CsvResult;
import com.salespact.deals.csv.CsvRow;
import com.salespact.security.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Import accounts or deals from CSV: choose the kind, upload, look at the preview (every row's action, every problem
 * with its line), then commit. Reading, checking and saving run off the request thread; progress arrives by push.
 */
@Route("deals/import")
@Menu(order = 4, icon = "UPLOAD", title = "csv.nav")
@RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(ImportView.class);
    private static final int MAX_FILE_BYTES = 50 * 1024 * 1024;
    private static final Map<CsvKind, List<String>> SHOWN = Map.of(
            CsvKind.ACCOUNTS, List.of("external_id", "name", "owner_username", "class", "business_type", "industry",
                    "city"),
            CsvKind.DEALS, List.of("external_id", "name", "account_external_id", "owner_username", "amount",
                    "gross_profit", "stage", "expected_close_date"));

    private final CsvImportService service;
    /** Who opened the view; the background work runs as them. */
    private final SecurityContext security;

    private final RadioButtonGroup<CsvKind> kind = new RadioButtonGroup<>();
    private final Paragraph format = new Paragraph();
    private final Anchor template = new Anchor();
    private final Upload upload;
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Span counts = new Span();
    private final UnorderedList fileErrors = new UnorderedList();
    private final Checkbox onlyProblems = new Checkbox();
    private final Grid<CsvRow> grid = new Grid<>();
    private final Button commit = new Button();
    private final Button clear = new Button();
    private final Paragraph summary = new Paragraph();
    private CsvPreview preview;
    private GridListDataView<CsvRow> rows;

    public ImportView(CsvImportService service) {
        this.service = service;
        this.security = SecurityContextHolder.createEmptyContext();
        this.security.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        setId("csv-import-view");
        setSizeFull();

        kind.setId("csv-kind");
        kind.setLabel(getTranslation("csv.kind"));
        kind.setItems(CsvKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("csv.kind." + value.name()));
        kind.setValue(CsvKind.DEALS);
        kind.addValueChangeListener(event -> {
            describe(event.getValue());
            reset();
        });
        template.setId("csv-template");
        describe(CsvKind.DEALS);

        upload = new Upload(UploadHandler.toTempFile(this::uploaded));
        upload.setId("csv-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setUploadButton(new Button(getTranslation("csv.upload")));
        upload.setDropLabel(new Span(getTranslation("csv.drop")));
        upload.addFileRejectedListener(event -> FormErrors.error(getTranslation("csv.rejected-file")));

        progress.setId("csv-progress");
        progressText.setId("csv-progress-text");
        setBusy(false);

        counts.setId("csv-counts");
        fileErrors.setId("csv-file-errors");
        fileErrors.getStyle().set("color", "var(--lumo-error-text-color)");
        onlyProblems.setId("csv-only-problems");
        onlyProblems.setLabel(getTranslation("csv.only-errors"));
        onlyProblems.addValueChangeListener(event -> {
            if (rows != null) {
                rows.refreshAll();
            }
        });

        grid.setId("csv-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setPartNameGenerator(row -> row.hasErrors() ? "csv-problem" : null);
        grid.setVisible(false);

        commit.setId("csv-commit");
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.setDisableOnClick(true);
        commit.addClickListener(event -> commit());
        clear.setId("csv-clear");
        clear.setText(getTranslation("csv.clear"));
        clear.addClickListener(event -> reset());
        summary.setId("csv-summary");

        Details help = new Details(getTranslation("csv.formats"), format, template);
        help.setOpened(true);
        HorizontalLayout choose = new HorizontalLayout(kind, upload);
        choose.setAlignItems(FlexComponent.Alignment.END);
        choose.setWrap(true);
        HorizontalLayout busy = new HorizontalLayout(progress, progressText);
        busy.setWidthFull();
        busy.setAlignItems(FlexComponent.Alignment.CENTER);
        progress.setWidth("20em");
        HorizontalLayout actions = new HorizontalLayout(commit, clear);
        add(new Paragraph(getTranslation("csv.help")), help, choose, busy, summary, counts, fileErrors, onlyProblems,
                grid, actions);
        reset();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("csv.title");
    }

    private void describe(CsvKind value) {
        String columns = value.columns().stream().map(column -> value.isRequired(column) ? column + "*" : column)
                .collect(Collectors.joining(", "));
        format.setText(getTranslation("csv.format." + value.name(), columns));
        byte[] bytes = value.template();
        template.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(bytes), value.templateFileName(), "text/csv", bytes.length)),
                AttachmentType.DOWNLOAD);
        template.setText(getTranslation("csv.template", value.templateFileName()));
    }

    // --- preview ----------------------------------------------------------------------------------------

    /** Called by the upload handler once the file is in a temporary file (inside UI.access). */
    private void uploaded(UploadMetadata metadata, File file) {
        UI ui = UI.getCurrent();
        CsvKind chosen = kind.getValue();
        reset();
        setBusy(true);
        progressText.setText(getTranslation("csv.reading"));
        inBackground(() -> {
            try (InputStream in = Files.newInputStream(file.toPath())) {
                CsvPreview result = service.preview(chosen, in, reporter(ui));
                ui.access(() -> show(result));
            } catch (RuntimeException | IOException failure) {
                LOG.warn("CSV preview of {} failed", metadata.fileName(), failure);
                ui.access(() -> failed(getTranslation("csv.failed", message(failure))));
            } finally {
                deleteQuietly(file);
            }
        });
    }

    private void show(CsvPreview result) {
        setBusy(false);
        upload.clearFileList();
        preview = result;
        List<String> shown = SHOWN.get(result.kind());
        grid.removeAllColumns();
        grid.addColumn(CsvRow::line).setHeader(getTranslation("csv.col.line")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> getTranslation("csv.action." + row.action().name()))
                .setHeader(getTranslation("csv.col.action")).setAutoWidth(true).setFlexGrow(0);
        for (String column : shown) {
            if (result.columns().contains(column)) {
                grid.addColumn(row -> row.value(column)).setHeader(column).setKey(column).setResizable(true)
                        .setAutoWidth(true);
            }
        }
        grid.addColumn(new ComponentRenderer<>(ImportView::problems)).setHeader(getTranslation("csv.col.problems"))
                .setKey("problems").setFlexGrow(3);
        rows = grid.setItems(result.rows());
        rows.setFilter(row -> !onlyProblems.getValue() || row.hasErrors());
        onlyProblems.setValue(result.hasErrors());
        onlyProblems.setVisible(!result.rows().isEmpty());
        grid.setVisible(!result.rows().isEmpty());

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

    private static Span problems(CsvRow row) {
        Span text = new Span(row.errors().stream().map(CsvError::problem).collect(Collectors.joining("; ")));
        text.getStyle().set("color", "var(--lumo-error-text-color)").set("white-space", "normal");
        return text;
    }

    // --- commit -----------------------------------------------------------------------------------------

    private void commit() {
        CsvPreview toWrite = preview;
        if (toWrite == null || !toWrite.canCommit()) {
            return;
        }
        UI ui = UI.getCurrent();
        setBusy(true);
        progressText.setText(getTranslation("csv.writing", 0, toWrite.toCreate() + toWrite.toUpdate()));
        inBackground(() -> {
            try {
                CsvResult result = service.commit(toWrite, reporter(ui));
                ui.access(() -> committed(result));
            } catch (CsvRejectedException rejected) {
                ui.access(() -> failed(getTranslation("csv.rejected", rejected.errors().stream().limit(5)
                        .map(CsvError::message).collect(Collectors.joining("; ")))));
            } catch (RuleViolation | ConcurrentEditException | AccessDeniedException refused) {
                ui.access(() -> failed(getTranslation("csv.rejected", refused.getMessage())));
            } catch (RuntimeException failure) {
                LOG.error("CSV import failed", failure);
                ui.access(() -> failed(getTranslation("csv.rejected", "")));
            }
        });
    }

    private void committed(CsvResult result) {
        reset();
        summary.setText(getTranslation("csv.done", getTranslation("csv.kind." + result.kind().name()),
                result.created(), result.updated(), result.unchanged(), result.totalMillis()));
        summary.setVisible(true);
        FormErrors.success(summary.getText());
    }

    // --- shared -----------------------------------------------------------------------------------------

    private void failed(String message) {
        setBusy(false);
        upload.clearFileList();
        commit.setEnabled(preview != null && preview.canCommit());
        FormErrors.error(message);
    }

    private void reset() {
        preview = null;
        rows = null;
        grid.setItems(List.of());
        grid.setVisible(false);
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
        progress.setVisible(busy);
        progressText.setVisible(busy);
        progress.setIndeterminate(true);
        kind.setEnabled(!busy);
        upload.setVisible(!busy);
        if (busy) {
            commit.setEnabled(false);
        }
    }

    /** Progress from the worker thread, handed to the UI by push. */
    private CsvProgress reporter(UI ui) {
        return (phase, done, total) -> ui.access(() -> {
            progress.setIndeterminate(total <= 0);
            if (total > 0) {
                progress.setValue(Math.min(1.0, (double) done / total));
            }
            progressText.setText(switch (phase) {
                case READING -> getTranslation("csv.reading");
                case CHECKING -> getTranslation("csv.checking", done, total);
                case WRITING -> getTranslation("csv.writing", done, total);
            });
        });
    }

    private void inBackground(Runnable work) {
        Thread.ofVirtual().name("csv-import").start(new DelegatingSecurityContextRunnable(work, security));
    }

    private static String message(Throwable failure) {
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }

    private static void deleteQuietly(File file) {
        try {
            Files.deleteIfExists(file.toPath());
        } catch (IOException ignored) {
            // A temporary file; the OS cleans it up.
        }
    }
}
