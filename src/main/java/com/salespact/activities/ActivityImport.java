package com.salespact.activities;

import com.salespact.activities.query.ActivityImportQuery;
import com.salespact.activities.query.ActivityImportQuery.NamedDeal;
import com.salespact.activities.query.ActivityImportQuery.StoredActivity;
import com.salespact.base.Messages;
import com.salespact.deals.csv.CsvError;
import com.salespact.deals.csv.CsvKind;
import com.salespact.deals.csv.CsvRow;
import com.salespact.deals.csv.ImportContext;
import com.salespact.deals.csv.ImportTarget;
import com.salespact.deals.query.ImportLookupQuery;
import com.salespact.deals.query.ImportLookupQuery.Person;
import com.salespact.deals.query.ImportLookupQuery.StoredAccount;
import com.salespact.deals.query.ImportLookupQuery.StoredDeal;
import com.salespact.people.DataScope;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports calls and meetings from a CRM export (decision 025), the rows coming mapped from the deals' import
 * pipeline. An activity is history: it keeps the file's date however old (only a future date is refused, it has not
 * happened), and scorecards and standards count it by that date. Rows are matched by external id, so a re-import
 * changes nothing. A manager imports for their team's reps, accounts and deals only; reps may not import.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class ActivityImport implements ImportTarget {

    static final int NOTE_MAX = 1000;

    private record Write(CsvRow row, Long id, long repId, ActivityKind kind, LocalDate date, Long accountId,
                         Long dealId, String note) {
    }

    private record Checked(Planned planned, List<Write> writes) {
    }

    private final ImportLookupQuery lookups;
    private final ActivityImportQuery stored;
    private final ActivityRepository activities;
    private final Clock clock;

    ActivityImport(ImportLookupQuery lookups, ActivityImportQuery stored, ActivityRepository activities, Clock clock) {
        this.lookups = lookups;
        this.stored = stored;
        this.activities = activities;
        this.clock = clock;
    }

    @Override
    public CsvKind kind() {
        return CsvKind.ACTIVITIES;
    }

    @Override
    @Transactional(readOnly = true)
    public Planned plan(List<CsvRow> rows, ImportContext context) {
        return check(rows, context).planned();
    }

    @Override
    public Planned write(List<CsvRow> rows, ImportContext context) {
        Checked checked = check(rows, context);
        if (checked.planned().hasErrors()) {
            return checked.planned();
        }
        Map<Long, Activity> existing = new HashMap<>();
        activities.findAllById(checked.writes().stream().map(Write::id).filter(Objects::nonNull).toList())
                .forEach(activity -> existing.put(activity.getId(), activity));
        List<Activity> changed = new ArrayList<>();
        for (Write write : checked.writes()) {
            CsvRow.Action action = write.row().action();
            if (action == CsvRow.Action.CREATE) {
                Activity activity = new Activity(write.repId(), write.kind(), write.date(), clock.instant());
                activity.setExternalId(write.row().externalId());
                activity.importAs(write.repId(), write.kind(), write.date(), write.accountId(), write.dealId(),
                        write.note());
                changed.add(activity);
            } else if (action == CsvRow.Action.UPDATE) {
                Activity activity = existing.get(write.id());
                activity.importAs(write.repId(), write.kind(), write.date(), write.accountId(), write.dealId(),
                        write.note());
                changed.add(activity);
            }
        }
        activities.saveAll(changed);
        activities.flush(); // a raced duplicate external id fails here, inside the import's transaction
        return checked.planned();
    }

    private Checked check(List<CsvRow> rows, ImportContext context) {
        DataScope scope = context.scope();
        Map<String, Person> people = lookups.people(distinct(rows, "owner_username",
                value -> value.toLowerCase(Locale.ROOT)));
        Map<String, StoredAccount> accountsById = lookups.accounts(distinct(rows, "account_external_id", v -> v));
        Map<String, StoredAccount> accountsByName = lookups.accountsByName(distinct(rows, "account_name",
                value -> value.toLowerCase(Locale.ROOT)));
        Map<String, StoredDeal> dealsById = lookups.deals(distinct(rows, "deal_external_id", v -> v));
        Map<String, List<NamedDeal>> dealsByName = stored.dealsByName(distinct(rows, "deal_name",
                value -> value.toLowerCase(Locale.ROOT)));
        Map<String, StoredActivity> known = stored.activities(distinct(rows, "external_id", v -> v));
        Map<Long, Activity> current = new HashMap<>();
        activities.findAllById(known.values().stream().map(StoredActivity::id).toList())
                .forEach(activity -> current.put(activity.getId(), activity));
        LocalDate today = LocalDate.now(clock);
        Map<String, Long> firstLines = new HashMap<>();
        List<CsvRow> out = new ArrayList<>(rows.size());
        List<Write> writes = new ArrayList<>();
        Set<Long> teams = new HashSet<>();
        for (CsvRow row : rows) {
            List<CsvError> errors = new ArrayList<>(row.errors());
            String externalId = row.externalId();
            for (String column : List.of("external_id", "kind", "date", "owner_username")) {
                if (row.value(column).isEmpty() && errors.stream().noneMatch(e -> column.equals(e.column()))) {
                    errors.add(error(row, column, "activities.import.required", column));
                }
            }
            Long first = externalId.isEmpty() ? null : firstLines.putIfAbsent(externalId, row.line());
            if (first != null) {
                errors.add(error(row, "external_id", "activities.import.duplicate", show(externalId), first));
            }
            ActivityKind kind = kind(row, errors);
            LocalDate date = date(row, today, errors);
            Person rep = people.get(row.value("owner_username").toLowerCase(Locale.ROOT));
            if (!row.value("owner_username").isEmpty() && (rep == null || !scope.allows(rep.id(), rep.teamId()))) {
                errors.add(error(row, "owner_username", "csv.problem.unknown-owner", show(row.value("owner_username"))));
                rep = null;
            }
            boolean newAccount = context.newAccounts().contains(row.value("account_external_id"));
            Long accountId = newAccount ? null : account(row, scope, accountsById, accountsByName, errors);
            Long dealId = null;
            Long dealAccountId = null;
            StoredDeal byId = dealsById.get(row.value("deal_external_id"));
            if (byId != null && scope.allows(byId.ownerId(), byId.ownerTeamId())) {
                dealId = byId.id();
                dealAccountId = byId.accountId();
            } else if (!row.value("deal_name").isEmpty() || !row.value("deal_external_id").isEmpty()) {
                NamedDeal named = dealsByName.getOrDefault(row.value("deal_name").toLowerCase(Locale.ROOT), List.of())
                        .stream().filter(deal -> scope.allows(deal.ownerId(), deal.ownerTeamId())).findFirst()
                        .orElse(null);
                if (named == null) {
                    String shown = row.value("deal_name").isEmpty() ? row.value("deal_external_id")
                            : row.value("deal_name");
                    errors.add(error(row, "deal_name", "activities.import.no-deal", show(shown)));
                } else {
                    dealId = named.id();
                    dealAccountId = named.accountId();
                }
            }
            if (dealAccountId != null) {
                if (accountId == null) {
                    accountId = dealAccountId; // as when logging: a deal links its account
                } else if (!accountId.equals(dealAccountId)) {
                    errors.add(error(row, "deal_name", "activities.import.deal-of-other-account"));
                }
            }
            String note = row.value("note").isBlank() ? null : row.value("note").strip();
            if (note != null && note.length() > NOTE_MAX) {
                errors.add(error(row, "note", "activities.import.note-too-long", NOTE_MAX, note.length()));
            }
            StoredActivity previous = known.get(externalId);
            if (previous != null && !scope.allows(previous.repId(), previous.repTeamId())) {
                errors.add(error(row, "external_id", "csv.problem.unusable-id", show(externalId)));
            }
            if (!errors.isEmpty()) {
                out.add(new CsvRow(row.line(), row.values(), CsvRow.Action.ERROR, errors));
                continue;
            }
            CsvRow.Action action;
            if (previous == null) {
                action = CsvRow.Action.CREATE;
            } else {
                Activity now = current.get(previous.id());
                action = now != null && now.getRepId() == rep.id() && now.getKind() == kind
                        && now.getDate().equals(date) && Objects.equals(now.getAccountId(), accountId)
                        && Objects.equals(now.getDealId(), dealId) && Objects.equals(now.getNote(), note)
                        ? CsvRow.Action.UNCHANGED : CsvRow.Action.UPDATE;
                if (action == CsvRow.Action.UPDATE) {
                    teams.add(previous.repTeamId());
                }
            }
            CsvRow planned = new CsvRow(row.line(), row.values(), action, List.of());
            out.add(planned);
            if (action != CsvRow.Action.UNCHANGED) {
                if (rep.teamId() != null) {
                    teams.add(rep.teamId());
                }
                writes.add(new Write(planned, previous == null ? null : previous.id(), rep.id(), kind, date,
                        accountId, dealId, note));
            }
        }
        teams.remove(null);
        return new Checked(new Planned(out, Set.copyOf(teams)), writes);
    }

    private static ActivityKind kind(CsvRow row, List<CsvError> errors) {
        String value = row.value("kind");
        if (value.isEmpty()) {
            return null;
        }
        try {
            return ActivityKind.valueOf(value);
        } catch (IllegalArgumentException none) {
            errors.add(error(row, "kind", "activities.import.kind", show(value)));
            return null;
        }
    }

    private static LocalDate date(CsvRow row, LocalDate today, List<CsvError> errors) {
        String value = row.value("date");
        if (value.isEmpty()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.isAfter(today)) {
                errors.add(error(row, "date", "activities.import.date-in-future", value));
            }
            return date;
        } catch (DateTimeParseException unreadable) {
            errors.add(error(row, "date", "import.problem.date", "date", show(value)));
            return null;
        }
    }

    /** By the file's account id, else by name among the accounts the importer may see; null when the row has none. */
    private static Long account(CsvRow row, DataScope scope, Map<String, StoredAccount> byId,
                                Map<String, StoredAccount> byName, List<CsvError> errors) {
        String id = row.value("account_external_id");
        String name = row.value("account_name");
        StoredAccount found = byId.get(id);
        if (found == null || !scope.allows(found.ownerId(), found.ownerTeamId())) {
            found = byName.get(name.toLowerCase(Locale.ROOT));
        }
        if (found != null && scope.allows(found.ownerId(), found.ownerTeamId())) {
            return found.id();
        }
        if (!id.isEmpty() || !name.isEmpty()) {
            errors.add(error(row, name.isEmpty() ? "account_external_id" : "account_name",
                    "activities.import.no-account", show(name.isEmpty() ? id : name)));
        }
        return null;
    }

    private static List<String> distinct(List<CsvRow> rows, String column, Function<String, String> key) {
        return rows.stream().map(row -> row.value(column)).filter(value -> !value.isEmpty()).map(key).distinct()
                .toList();
    }

    private static CsvError error(CsvRow row, String column, String key, Object... args) {
        return new CsvError(row.line(), column, Messages.text(key, args));
    }

    private static String show(String value) {
        return "\"" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "\"";
    }
}
