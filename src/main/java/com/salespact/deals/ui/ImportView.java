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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import com.salespact.deals.csv.ImportDraft;
import com.salespact.deals.csv.ImportMapping;
import com.salespact.deals.csv.ImportPreview;
import com.salespact.deals.csv.ImportResult;
import java.io.File;
import java.util.List;
import java.util.Optional;

/**
 * The one import page (decisions 025, 027): accounts, deals, activities or targets from CSV. Choose the kind (or come
 * with {@code ?kind=TARGETS}, as the targets page sends you), upload, map a foreign file's columns, look at the preview
 * (every row's action, every problem with its line), then commit. Reading, checking and saving run off the request
 * thread; progress arrives by push.
 */
@Route("deals/import")
@Menu(order = 4, icon = "UPLOAD", title = "csv.nav")
@RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
public class ImportView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** The query parameter that chooses what the file holds. */
    static final String KIND = "kind";

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
    private final ImportMappingStep mappingStep;
    private CsvPreview preview;
    /** The preview of a mapped file (any layout but the template), or null. */
    private ImportPreview mapped;
    /** An uploaded file of another layout than the template, in the mapping step; or null. */
    private ImportDraft draft;

    public ImportView(CsvImportService service) {
        this.work = new ImportWork(service, progress);
        this.mappingStep = new ImportMappingStep(mapping -> service.missingAccounts(draft, mapping),
                this::checkMapped, this::reset);
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
        add(new Paragraph(getTranslation("csv.help")), new Paragraph(getTranslation("import.help")), help, chooser,
                progress, mappingStep, summary, counts, fileErrors, onlyProblems, grid, actions);
        setFlexGrow(1, grid); // the preview takes the height the page has left
        reset();
    }

    /** {@code ?kind=TARGETS} chooses what the file holds before it is uploaded. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(KIND)
                .flatMap(ImportView::kind).ifPresent(chooser::choose);
    }

    private static Optional<CsvKind> kind(String name) {
        return CsvKind.templateKinds().stream().filter(kind -> kind.name().equalsIgnoreCase(name)).findFirst();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("csv.title");
    }

    /** Called by the upload handler once the file is in a temporary file (inside UI.access). */
    private void uploaded(CsvKind kind, String fileName, File file) {
        reset();
        setBusy(true);
        work.analyse(kind, fileName, file, this::showMapping, this::show, this::showMapped, this::failed);
    }


    /** A file of another layout: the mapping step, proposed and editable. */
    private void showMapping(ImportDraft uploaded) {
        setBusy(false);
        chooser.clearFile();
        draft = uploaded;
        mappingStep.show(uploaded);
    }

    private void checkMapped(ImportMapping mapping) {
        setBusy(true);
        work.preview(draft, mapping, this::showMapped, this::failed);
    }

    private void showMapped(ImportPreview result) {
        show(result.rows());
        mapped = result;
        preview = null;
        int writes = result.rows().toCreate() + result.rows().toUpdate() + result.accountsToCreate();
        actions.offer(writes, result.canCommit());
        if (result.accounts() != null && !result.accounts().errors().isEmpty()) {
            fileErrors.show(result.accounts().errors());
        }
        if (result.accountsToCreate() > 0) {
            counts.setText(counts.getText() + " · " + getTranslation("import.accounts-to-create",
                    result.accountsToCreate()));
        }
        summary.setText(result.hasErrors() ? getTranslation("import.commit.blocked")
                : result.canCommit() ? "" : getTranslation("csv.commit.nothing"));
        summary.setVisible(!summary.getText().isEmpty());
    }

    private void committedMapped(ImportResult result) {
        reset();
        String kind = getTranslation("csv.kind." + result.rows().kind().name());
        summary.setText(result.accounts() == null
                ? getTranslation("csv.done.mapped", kind, result.rows().created(), result.rows().updated(),
                        result.rows().unchanged())
                : getTranslation("import.done", result.accountsCreated(), kind, result.rows().created(),
                        result.rows().updated(), result.rows().unchanged()));
        summary.setVisible(true);
        FormErrors.success(summary.getText());
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
        if (mapped != null && mapped.canCommit()) {
            ImportPreview toWrite = mapped;
            setBusy(true);
            work.commit(toWrite, this::committedMapped, this::failed);
            return;
        }
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
        actions.allowCommit(preview != null && preview.canCommit() || mapped != null && mapped.canCommit());
        FormErrors.error(message);
    }

    private void reset() {
        preview = null;
        mapped = null;
        draft = null;
        mappingStep.hide();
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
