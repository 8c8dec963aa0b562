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
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one import pipeline (decisions 025, 027): accounts, deals, activities and targets from CSV (a CRM export, a
 * spreadsheet), in two steps. {@link #preview} reads and checks every row without writing; {@link #commit} writes a
 * clean preview in one transaction, all rows or none. Rows are matched by external id (targets by rep or team and
 * year), so importing the same file again changes nothing. Accounts and deals are planned here; activities and targets
 * by the feature that owns them ({@link ImportTarget}). Managers import for their team, admins for everybody; reps
 * may not import.
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
    private final ImportMapper mapper;
    private final ObjectProvider<ImportTarget> targets;

    CsvImportService(ImportLookupQuery lookups, ImportWriter writer, Validator validator, AccessGuard guard,
                     ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock,
                     SavedImportMappingRepository savedMappings, ObjectProvider<ImportTarget> targets) {
        this.targets = targets;
        this.mapper = new ImportMapper(lookups, savedMappings);
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
        List<CsvRow> rows = kind.plannedByDeals()
                ? readOnly.execute(status -> planner.plan(kind, file.delimiter(), file.columns(), file.rows(), scope,
                        progress)).rows()
                : readOnly.execute(status -> target(kind).plan(unplanned(file.rows()), ImportContext.of(scope, null)))
                        .rows();
        long checked = System.nanoTime();
        return new CsvPreview(kind, file.delimiter(), file.columns(), rows, file.fileErrors(),
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
            return readWrite.execute(status -> preview.kind().plannedByDeals()
                    ? write(preview, user, scope, clock.instant(), progress)
                    : writeBy(target(preview.kind()), preview, ImportContext.of(scope, null)));
        } catch (DuplicateKeyException raced) {
            throw RuleViolation.of("csv.imported-meanwhile");
        }
    }

    /** Checks a preview's rows again, as they are now, and writes them; inside the caller's transaction. */
    private CsvResult write(CsvPreview preview, SignedInUser user, DataScope scope, Instant now,
                            CsvProgress progress) {
        long start = System.nanoTime();
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
    }

    // --- any CRM export, with a mapping step (decision 025) ----------------------------------------------

    /**
     * Reads any CSV file (encoding and separator detected) and proposes how to map it: a mapping saved for the same
     * header, else the known layout its header names match, with stage names and owners matched where they can be.
     * Writes nothing.
     */
    public ImportDraft analyse(CsvKind preferred, String fileName, byte[] file, CsvProgress progress) {
        DataScope scope = guard.scope();
        ImportTable table = ImportFileReader.read(file, progress);
        return readOnly.execute(status -> mapper.draft(preferred, fileName, table, scope));
    }

    /** How many accounts a deal or activity file names that do not exist yet (offered as "create missing accounts (N)"). */
    public int missingAccounts(ImportDraft draft, ImportMapping mapping) {
        if (!mapping.kind().namesAccounts()) {
            return 0;
        }
        DataScope scope = guard.scope();
        ImportConverter.Converted converted = ImportConverter.convert(draft.table(), draft.table().rows(), mapping,
                ImportConverter.dateOrder(draft.table(), mapping), "");
        return readOnly.execute(status -> mapper.accounts(mapping, converted.rows(), scope).missing().size());
    }

    /** Reads the file by the mapping and checks every row as the template import does; writes nothing. */
    public ImportPreview preview(ImportDraft draft, ImportMapping mapping, CsvProgress progress) {
        DataScope scope = guard.scope();
        long start = System.nanoTime();
        ImportConverter.Converted converted = ImportConverter.convert(draft.table(), draft.table().rows(), mapping,
                ImportConverter.dateOrder(draft.table(), mapping),
                CsvTexts.text("import.lost-reason", mapping.layout().name()));
        long parsed = System.nanoTime();
        CsvKind kind = mapping.kind();
        return readOnly.execute(status -> {
            CsvPreview accounts = null;
            Set<String> pending = Set.of();
            List<CsvFileReader.RawRow> rows = converted.rows();
            if (kind.namesAccounts()) {
                ImportMapper.Accounts resolved = mapper.accounts(mapping, rows, scope);
                if (kind == CsvKind.DEALS || mapping.createAccounts()) {
                    rows = rows.stream().map(row -> withAccount(row, resolved)).toList();
                }
                if (mapping.createAccounts() && !resolved.missing().isEmpty()) {
                    List<String> columns = List.of("external_id", "name", "owner_username");
                    ImportPlanner.Plan plan = planner.plan(CsvKind.ACCOUNTS, ',', columns,
                            List.copyOf(resolved.missing().values()), scope, CsvProgress.none());
                    accounts = new CsvPreview(CsvKind.ACCOUNTS, ',', columns, plan.rows(), List.of(), 0, 0);
                    pending = resolved.missing().keySet();
                }
            }
            List<CsvError> fileErrors = new ArrayList<>(draft.table().fileErrors());
            List<CsvRow> planned;
            if (kind.plannedByDeals()) {
                planned = planner.plan(kind, ',', converted.columns(), rows, scope, progress, pending).rows();
            } else {
                planned = target(kind).plan(unplanned(rows), new ImportContext(scope, draft.fileName(), pending))
                        .rows();
                fileErrors.addAll(missingColumns(kind, converted.columns()));
            }
            return new ImportPreview(draft, mapping, accounts, new CsvPreview(kind, ',',
                    List.copyOf(converted.columns()), planned, fileErrors,
                    millis(parsed - start), millis(System.nanoTime() - parsed)));
        });
    }

    /**
     * Writes a clean mapped preview in one transaction: the missing accounts first, then the rows, each checked again
     * against the data as it is now; and saves the mapping for the next file with the same header. All or nothing.
     */
    public ImportResult commit(ImportPreview preview, CsvProgress progress) {
        if (preview.hasErrors()) {
            throw new CsvRejectedException(preview.rows().errors());
        }
        SignedInUser user = guard.user();
        DataScope scope = guard.scope();
        try {
            return readWrite.execute(status -> {
                Instant now = clock.instant();
                CsvResult accounts = preview.accounts() == null ? null
                        : write(preview.accounts(), user, scope, now, CsvProgress.none());
                CsvResult rows = preview.mapping().kind().plannedByDeals()
                        ? write(preview.rows(), user, scope, now, progress)
                        :
                        writeBy(target(preview.mapping().kind()), preview.rows(),
                                ImportContext.of(scope, preview.draft().fileName()));
                mapper.save(preview.draft(), preview.mapping(), now, user.personId());
                return new ImportResult(accounts, rows);
            });
        } catch (DuplicateKeyException raced) {
            throw RuleViolation.of("csv.imported-meanwhile");
        }
    }

    /** Rows of a kind another feature owns are checked again and written by it, in this transaction. */
    private CsvResult writeBy(ImportTarget target, CsvPreview preview, ImportContext context) {
        long start = System.nanoTime();
        ImportTarget.Planned plan = target.write(preview.rows().stream()
                .map(row -> new CsvRow(row.line(), row.values(), null, List.of())).toList(), context);
        if (plan.hasErrors()) {
            throw new CsvRejectedException(plan.rows().stream().flatMap(row -> row.errors().stream()).toList());
        }
        int created = plan.count(CsvRow.Action.CREATE);
        int updated = plan.count(CsvRow.Action.UPDATE);
        if (created + updated > 0) {
            events.publishEvent(new CsvImported(target.kind(), plan.teamIds(), created, updated));
            plan.teamIds().forEach(teamId -> events.publishEvent(new com.salespact.base.TeamDataChanged(teamId)));
        }
        return new CsvResult(target.kind(), created, updated, plan.count(CsvRow.Action.UNCHANGED), 0,
                millis(System.nanoTime() - start));
    }

    private ImportTarget target(CsvKind kind) {
        return targets.stream().filter(target -> target.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalStateException("No import target for " + kind));
    }

    /** A required column no column of the file was mapped to: one problem of the file, not one per row. */
    private static List<CsvError> missingColumns(CsvKind kind, Collection<String> mapped) {
        return kind.columns().stream().filter(column -> kind.isRequired(column) && !mapped.contains(column))
                .map(column -> new CsvError(1, column, CsvTexts.text("import.problem.unmapped", column))).toList();
    }

    private static List<CsvRow> unplanned(List<CsvFileReader.RawRow> rows) {
        return rows.stream().map(row -> new CsvRow(row.line(), row.values(), null, row.errors())).toList();
    }

    private static CsvFileReader.RawRow withAccount(CsvFileReader.RawRow row, ImportMapper.Accounts accounts) {
        String id = accounts.idByLine().get(row.line());
        if (id == null) {
            return row;
        }
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>(row.values());
        values.put("account_external_id", id);
        return new CsvFileReader.RawRow(row.line(), values, row.errors());
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}
