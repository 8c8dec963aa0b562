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
