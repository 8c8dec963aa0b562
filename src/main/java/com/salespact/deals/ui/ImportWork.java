package com.salespact.deals.ui;

import com.salespact.base.ConcurrentEditException;
import com.salespact.base.Messages;
import com.salespact.base.RuleViolation;
import com.salespact.deals.csv.CsvError;
import com.salespact.deals.csv.CsvImportService;
import com.salespact.deals.csv.CsvKind;
import com.salespact.deals.csv.CsvPreview;
import com.salespact.deals.csv.CsvRejectedException;
import com.salespact.deals.csv.CsvResult;
import com.vaadin.flow.component.UI;
import com.salespact.deals.csv.ImportDraft;
import com.salespact.deals.csv.ImportMapping;
import com.salespact.deals.csv.ImportPreview;
import com.salespact.deals.csv.ImportResult;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Reads, checks and writes a CSV file off the request thread, as the person who opened the import page (a long file
 * must not hold the session). Progress and the outcome go back to the page by push; a failure arrives as a message.
 */
class ImportWork {

    private static final Logger LOG = LoggerFactory.getLogger(ImportWork.class);

    private final CsvImportService service;
    private final ImportProgress progress;
    /** Who opened the page; the background work runs as them. */
    private final SecurityContext security;
    /** Their language: the problems the background work writes read in it. */
    private final Locale language;

    /** Called on the request thread of the page being opened. */
    ImportWork(CsvImportService service, ImportProgress progress) {
        this.service = service;
        this.progress = progress;
        this.security = SecurityContextHolder.createEmptyContext();
        this.security.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        this.language = Messages.current();
    }

    /** Previews an uploaded file, then deletes it. */
    void preview(CsvKind kind, String fileName, File file, Consumer<CsvPreview> done, Consumer<String> failed) {
        UI ui = UI.getCurrent();
        progress.say(text("csv.reading"));
        inBackground(() -> {
            try (InputStream in = Files.newInputStream(file.toPath())) {
                CsvPreview result = service.preview(kind, in, progress.reporter(ui));
                ui.access(() -> done.accept(result));
            } catch (RuntimeException | IOException failure) {
                LOG.warn("CSV preview of {} failed", fileName, failure);
                ui.access(() -> failed.accept(text("csv.failed", message(failure))));
            } finally {
                deleteQuietly(file);
            }
        });
    }

    /**
     * Reads an uploaded file of any layout, then deletes it. SalesPact's own template (or a file with no header) is
     * previewed at once, as always; any other file comes back as a draft for the mapping step.
     */
    void analyse(CsvKind kind, String fileName, File file, Consumer<ImportDraft> mapping,
                 Consumer<CsvPreview> previewed, Consumer<ImportPreview> mappedPreviewed, Consumer<String> failed) {
        UI ui = UI.getCurrent();
        progress.say(text("csv.reading"));
        inBackground(() -> {
            try {
                byte[] bytes = Files.readAllBytes(file.toPath());
                ImportDraft draft = service.analyse(kind, fileName, bytes, progress.reporter(ui));
                if (draft.table().header().isEmpty() || draft.template() && kind.plannedByDeals()) {
                    CsvPreview result = service.preview(kind, new ByteArrayInputStream(bytes), progress.reporter(ui));
                    ui.access(() -> previewed.accept(result));
                } else if (draft.template()) {
                    // The template of a kind another feature writes: its own columns need no mapping step, and the
                    // mapped path keeps the file's name (a target's revision names it).
                    ImportPreview result = service.preview(draft, draft.mapping(), progress.reporter(ui));
                    ui.access(() -> mappedPreviewed.accept(result));
                } else {
                    ui.access(() -> mapping.accept(draft));
                }
            } catch (RuntimeException | IOException failure) {
                LOG.warn("Reading {} failed", fileName, failure);
                ui.access(() -> failed.accept(text("csv.failed", message(failure))));
            } finally {
                deleteQuietly(file);
            }
        });
    }

    /** Previews a file by the mapping the user settled on. */
    void preview(ImportDraft draft, ImportMapping mapping, Consumer<ImportPreview> done, Consumer<String> failed) {
        UI ui = UI.getCurrent();
        progress.say(text("csv.checking", 0, draft.table().rows().size()));
        inBackground(() -> {
            try {
                ImportPreview result = service.preview(draft, mapping, progress.reporter(ui));
                ui.access(() -> done.accept(result));
            } catch (RuntimeException failure) {
                LOG.warn("Preview of {} failed", draft.fileName(), failure);
                ui.access(() -> failed.accept(text("csv.failed", message(failure))));
            }
        });
    }

    /** Writes a mapped preview: its new accounts and its rows in one transaction, with progress. */
    void commit(ImportPreview preview, Consumer<ImportResult> done, Consumer<String> failed) {
        UI ui = UI.getCurrent();
        progress.say(text("csv.writing", 0, preview.rows().toCreate() + preview.rows().toUpdate()));
        inBackground(() -> {
            try {
                ImportResult result = service.commit(preview, progress.reporter(ui));
                ui.access(() -> done.accept(result));
            } catch (RuntimeException failure) {
                ui.access(() -> failed.accept(refusal(failure)));
            }
        });
    }

    private String refusal(RuntimeException failure) {
        if (failure instanceof CsvRejectedException rejected) {
            return text("csv.rejected", rejected.errors().stream().limit(5).map(CsvError::message)
                    .collect(Collectors.joining("; ")));
        }
        if (failure instanceof RuleViolation || failure instanceof ConcurrentEditException
                || failure instanceof AccessDeniedException) {
            return text("csv.rejected", failure.getMessage());
        }
        LOG.error("CSV import failed", failure);
        return text("csv.rejected", "");
    }

    void commit(CsvPreview preview, Consumer<CsvResult> done, Consumer<String> failed) {
        UI ui = UI.getCurrent();
        progress.say(text("csv.writing", 0, preview.toCreate() + preview.toUpdate()));
        inBackground(() -> {
            try {
                CsvResult result = service.commit(preview, progress.reporter(ui));
                ui.access(() -> done.accept(result));
            } catch (CsvRejectedException rejected) {
                ui.access(() -> failed.accept(text("csv.rejected", rejected.errors().stream().limit(5)
                        .map(CsvError::message).collect(Collectors.joining("; ")))));
            } catch (RuleViolation | ConcurrentEditException | AccessDeniedException refused) {
                ui.access(() -> failed.accept(text("csv.rejected", refused.getMessage())));
            } catch (RuntimeException failure) {
                LOG.error("CSV import failed", failure);
                ui.access(() -> failed.accept(text("csv.rejected", "")));
            }
        });
    }

    private void inBackground(Runnable work) {
        Runnable inLanguage = () -> {
            LocaleContextHolder.setLocale(language);
            try {
                work.run();
            } finally {
                LocaleContextHolder.resetLocaleContext();
            }
        };
        Thread.ofVirtual().name("csv-import").start(new DelegatingSecurityContextRunnable(inLanguage, security));
    }

    private String text(String key, Object... parameters) {
        return progress.getTranslation(key, parameters);
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
