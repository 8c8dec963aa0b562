package com.salespact.deals.csv;

import com.salespact.base.RuleViolation;
import com.salespact.deals.query.ImportLookupQuery;
import com.salespact.people.AccessGuard;
import com.salespact.people.DataScope;
import com.salespact.security.SignedInUser;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports accounts and deals from CSV (a CRM export, say), in two steps. {@link #preview} reads and checks every row
 * without writing; {@link #commit} writes a clean preview in one transaction, all rows or none. Rows are matched by
 * external id, so importing the same file again changes nothing. Managers import for their team, admins for
 * everybody; reps may not import.
 */
@Service
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
public class CsvImportService {

    private final AccessGuard guard;
    private final ImportPlanner planner;
    private final ImportWriter writer;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate readWrite;
    private final Clock clock;

    CsvImportService(ImportLookupQuery lookups, ImportWriter writer, Validator validator, AccessGuard guard,
                     ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
        this.guard = guard;
        this.planner = new ImportPlanner(lookups, validator, clock);
        this.writer = writer;
        this.events = events;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readWrite = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    public CsvPreview preview(CsvKind kind, InputStream csv) {
        return preview(kind, csv, CsvProgress.none());
    }

    /**
     * Reads the whole file and checks every row, writing nothing. Problems come back in the preview, each with the
     * line of the file it is on; an unreadable stream is an {@link UncheckedIOException}.
     */
    public CsvPreview preview(CsvKind kind, InputStream csv, CsvProgress progress) {
        DataScope scope = guard.scope();
        long start = System.nanoTime();
        CsvFileReader.Result file;
        try {
            file = CsvFileReader.read(kind, csv, progress);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        long parsed = System.nanoTime();
        ImportPlanner.Plan plan = readOnly.execute(status -> planner.plan(kind, file.delimiter(), file.columns(),
                file.rows(), scope, progress));
        long checked = System.nanoTime();
        return new CsvPreview(kind, file.delimiter(), file.columns(), plan.rows(), file.fileErrors(),
                millis(parsed - start), millis(checked - parsed));
    }

    public CsvResult commit(CsvPreview preview) {
        return commit(preview, CsvProgress.none());
    }

    /**
     * Writes a clean preview in one transaction. Every row is checked again first, against the data as it is now
     * and the caller's scope, so a preview that went stale (or was made up) cannot write what a fresh one would
     * refuse.
     *
     * @throws CsvRejectedException when the preview or the fresh check finds problems; nothing is written
     * @throws com.salespact.base.ConcurrentEditException when a row changed while writing; nothing is written
     */
    public CsvResult commit(CsvPreview preview, CsvProgress progress) {
        if (preview.hasErrors()) {
            throw new CsvRejectedException(preview.errors());
        }
        SignedInUser user = guard.user();
        DataScope scope = guard.scope();
        try {
            return readWrite.execute(status -> {
                long start = System.nanoTime();
                Instant now = clock.instant();
                ImportPlanner.Plan plan = planner.plan(preview.kind(), preview.delimiter(), preview.columns(),
                        preview.rows().stream().map(row -> new CsvFileReader.RawRow(row.line(), row.values(),
                                row.errors())).toList(), scope, progress);
                if (plan.hasErrors()) {
                    throw new CsvRejectedException(plan.errors());
                }
                long checked = System.nanoTime();
                if (preview.kind() == CsvKind.ACCOUNTS) {
                    writer.writeAccounts(plan.accounts(), user.personId(), now, progress);
                } else {
                    writer.writeDeals(plan.deals(), user.personId(), now, progress);
                }
                int created = plan.count(CsvRow.Action.CREATE);
                int updated = plan.count(CsvRow.Action.UPDATE);
                if (created + updated > 0) {
                    events.publishEvent(new CsvImported(preview.kind(), plan.teamIds(), created, updated));
                    plan.teamIds().forEach(teamId -> events.publishEvent(new com.salespact.base.TeamDataChanged(teamId)));
                }
                return new CsvResult(preview.kind(), created, updated, plan.count(CsvRow.Action.UNCHANGED),
                        millis(checked - start), millis(System.nanoTime() - checked));
            });
        } catch (DuplicateKeyException raced) {
            throw RuleViolation.of("csv.imported-meanwhile");
        }
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}
