package com.salespact.goals;

import com.salespact.base.Messages;
import com.salespact.base.RuleViolation;
import com.salespact.deals.csv.CsvError;
import com.salespact.deals.csv.CsvKind;
import com.salespact.deals.csv.CsvRow;
import com.salespact.deals.csv.ImportContext;
import com.salespact.deals.csv.ImportTarget;
import com.salespact.people.PeopleService;
import com.salespact.people.PersonSummary;
import com.salespact.people.TeamSummary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Targets from a file, through the one import pipeline (decision 027): the rows come mapped to the targets template's
 * columns ({@link CsvKind#TARGETS}). A row names a rep of the importer's (login or full name) or a team (name); it
 * creates or changes that owner's target of the year, each change a revision with the reason "CSV import &lt;file&gt;",
 * through the same writer as the form (rights, notifications, live updates). A preview row carries the version of the
 * target it saw: a target changed by somebody else since the preview makes the whole import refused.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
class TargetImport implements ImportTarget {

    /** Carried by a preview's rows: the stored target's version (empty for a new one) and revenue (shown). */
    static final String STORED_VERSION = "stored_version";
    static final String STORED_REVENUE = "stored_revenue";
    static final List<String> WEIGHTS = IntStream.rangeClosed(1, Seasonality.MONTHS).mapToObj(month -> "w" + month)
            .toList();

    private final TargetRepository targets;
    private final TargetWriter writer;
    private final PeopleService people;

    TargetImport(TargetRepository targets, TargetWriter writer, PeopleService people) {
        this.targets = targets;
        this.writer = writer;
        this.people = people;
    }

    @Override
    public CsvKind kind() {
        return CsvKind.TARGETS;
    }

    @Override
    @Transactional(readOnly = true)
    public Planned plan(List<CsvRow> rows, ImportContext context) {
        return new Checker().check(rows).planned();
    }

    @Override
    public Planned write(List<CsvRow> rows, ImportContext context) {
        Checked checked = new Checker().check(rows);
        if (checked.planned().hasErrors()) {
            return checked.planned();
        }
        String reason = reason(context.source());
        for (Change change : checked.changes()) {
            try {
                writer.apply(change.owner(), change.year(), change.revenue(), change.minGrossProfit(),
                        change.seasonality(), reason, change.seenVersion());
            } catch (RuleViolation refused) { // a right or rule the preview could not know: refuse the whole file
                CsvRow row = change.row();
                return new Planned(List.of(new CsvRow(row.line(), row.values(), CsvRow.Action.ERROR,
                        List.of(new CsvError(row.line(), column(refused.field()), refused.getMessage())))),
                        checked.planned().teamIds());
            }
        }
        return checked.planned();
    }

    /** "CSV import Ziele 2032.csv": the file's name without its folder, as short as a revision's reason must be. */
    static String reason(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "file" : fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String reason = "CSV import " + name;
        return reason.length() <= Target.MAX_REASON ? reason : reason.substring(0, Target.MAX_REASON);
    }

    /** The template column a rule's field belongs to. */
    static String column(String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "minGrossProfit" -> "min_gross_profit";
            case "fiscalYear" -> "fiscal_year";
            case "owner" -> "username_or_team";
            case "weights" -> "w1";
            default -> field.startsWith("weight") ? "w" + field.substring("weight".length()) : field;
        };
    }

    private record Change(CsvRow row, TargetOwner owner, int year, BigDecimal revenue, BigDecimal minGrossProfit,
                          Seasonality seasonality, Long seenVersion) {
    }

    private record Checked(Planned planned, List<Change> changes) {
    }

    /** Decides, row by row, what importing would do; one per plan, as it caches the caller's reps and teams. */
    private final class Checker {

        private final Map<String, PersonSummary> reps = new HashMap<>();
        private final Map<String, TeamSummary> teams = new HashMap<>();
        private final Map<String, Long> seen = new HashMap<>();
        private final Set<Long> touchedTeams = new HashSet<>();
        private final List<Change> changes = new ArrayList<>();

        Checker() {
            List<PersonSummary> visible = people.visibleReps();
            visible.forEach(rep -> reps.putIfAbsent(rep.fullName().strip().toLowerCase(Locale.ROOT), rep));
            visible.forEach(rep -> reps.put(rep.username().toLowerCase(Locale.ROOT), rep)); // a login wins over a name
            people.visibleTeams().forEach(team -> teams.put(team.name().strip().toLowerCase(Locale.ROOT), team));
        }

        Checked check(List<CsvRow> rows) {
            List<CsvRow> planned = new ArrayList<>(rows.size());
            rows.forEach(row -> planned.add(row(row)));
            touchedTeams.remove(null);
            return new Checked(new Planned(planned, Set.copyOf(touchedTeams)), changes);
        }

        private CsvRow row(CsvRow row) {
            List<CsvError> errors = new ArrayList<>(row.errors());
            String who = row.value("username_or_team").strip();
            TargetOwner owner = null;
            Long teamId = null;
            if (who.isEmpty()) {
                errors.add(error(row, "username_or_team", "targets.csv.error.who-required"));
            } else {
                PersonSummary rep = reps.get(who.toLowerCase(Locale.ROOT));
                TeamSummary team = teams.get(who.toLowerCase(Locale.ROOT));
                if (rep != null) {
                    owner = TargetOwner.person(rep.id());
                    teamId = rep.teamId();
                } else if (team != null) {
                    owner = TargetOwner.team(team.id());
                    teamId = team.id();
                } else {
                    errors.add(error(row, "username_or_team", "targets.csv.error.unknown-who", who));
                }
            }
            Integer year = year(row, errors);
            BigDecimal revenue = amount(row, "revenue", errors);
            BigDecimal minGp = amount(row, "min_gross_profit", errors);
            if (revenue != null && minGp != null) {
                try {
                    Target.checkAmounts(revenue, minGp);
                } catch (RuleViolation broken) {
                    errors.add(new CsvError(row.line(), column(broken.field()), broken.getMessage()));
                }
            }
            Seasonality seasonality = seasonality(row, errors);
            if (owner != null && year != null) {
                Long first = seen.putIfAbsent(owner + "/" + year, row.line());
                if (first != null) {
                    errors.add(error(row, "username_or_team", "targets.csv.error.duplicate-row", who,
                            String.valueOf(year), String.valueOf(first)));
                }
            }
            if (!errors.isEmpty()) {
                return new CsvRow(row.line(), row.values(), CsvRow.Action.ERROR, errors);
            }
            Optional<Target> stored = targets.findByOwner(owner, year);
            Map<String, String> values = new LinkedHashMap<>(row.values());
            Long seenVersion = seenVersion(row);
            values.put(STORED_VERSION, stored.map(target -> String.valueOf(target.getVersion())).orElse(""));
            values.put(STORED_REVENUE, stored.map(target -> plain(target.getRevenue())).orElse(""));
            CsvRow.Action action;
            if (stored.isEmpty()) {
                action = CsvRow.Action.CREATE;
            } else {
                Target target = stored.get();
                boolean same = target.getRevenue().compareTo(revenue) == 0
                        && target.getMinGrossProfit().compareTo(minGp) == 0
                        && target.seasonality().equals(seasonality) && (!owner.isTeam() || target.isExplicitTeam());
                action = same ? CsvRow.Action.UNCHANGED : CsvRow.Action.UPDATE;
            }
            CsvRow planned = new CsvRow(row.line(), values, action, List.of());
            if (action != CsvRow.Action.UNCHANGED) {
                touchedTeams.add(teamId);
                // Written with the version the preview saw (the stored one when planning afresh): changed since → refused.
                Long expected = row.values().containsKey(STORED_VERSION) ? seenVersion
                        : stored.map(Target::getVersion).orElse(null);
                changes.add(new Change(planned, owner, year, revenue, minGp, seasonality, expected));
            }
            return planned;
        }

        private static Long seenVersion(CsvRow row) {
            String version = row.value(STORED_VERSION);
            return version.isEmpty() ? null : Long.valueOf(version);
        }

        private static Integer year(CsvRow row, List<CsvError> errors) {
            String raw = row.value("fiscal_year").strip();
            if (raw.isEmpty()) {
                errors.add(error(row, "fiscal_year", "targets.csv.error.required", "fiscal_year"));
                return null;
            }
            try {
                int year = Integer.parseInt(raw);
                TargetWriter.checkYear(year);
                return year;
            } catch (NumberFormatException | RuleViolation wrong) {
                errors.add(error(row, "fiscal_year", "targets.csv.error.year", raw));
                return null;
            }
        }

        /** The pipeline has read the amount already (1.234,50 and 1,234.50 alike); empty when it could not. */
        private static BigDecimal amount(CsvRow row, String column, List<CsvError> errors) {
            String raw = row.value(column);
            if (raw.isEmpty()) {
                if (errors.stream().noneMatch(error -> column.equals(error.column()))) {
                    errors.add(error(row, column, "targets.csv.error.required", column));
                }
                return null;
            }
            try {
                return new BigDecimal(raw);
            } catch (NumberFormatException unreadable) {
                errors.add(error(row, column, "targets.csv.error.number", column, raw));
                return null;
            }
        }

        private static Seasonality seasonality(CsvRow row, List<CsvError> errors) {
            List<String> raw = WEIGHTS.stream().map(column -> row.value(column).strip()).toList();
            if (raw.stream().allMatch(String::isEmpty)) {
                return Seasonality.flat();
            }
            List<BigDecimal> weights = new ArrayList<>(Seasonality.MONTHS);
            for (int i = 0; i < Seasonality.MONTHS; i++) {
                String column = WEIGHTS.get(i);
                if (raw.get(i).isEmpty()) {
                    errors.add(error(row, column, "targets.csv.error.weights-partial"));
                    return null;
                }
                BigDecimal weight = number(raw.get(i));
                if (weight == null) {
                    errors.add(error(row, column, "targets.csv.error.number", column, raw.get(i)));
                    return null;
                }
                weights.add(weight);
            }
            try {
                return new Seasonality(weights);
            } catch (RuleViolation broken) {
                errors.add(new CsvError(row.line(), column(broken.field()), broken.getMessage()));
                return null;
            }
        }

        /**
         * A weight: a plain decimal with a point or, as spreadsheets in many locales write it, a comma (1,5). Not an
         * amount: a weight may have three decimals (0.125), which the amount rule would read as a thousands group.
         */
        private static BigDecimal number(String raw) {
            if (!raw.matches("-?\\d+([.,]\\d+)?")) {
                return null;
            }
            return new BigDecimal(raw.replace(',', '.'));
        }

        private static CsvError error(CsvRow row, String column, String key, Object... args) {
            return new CsvError(row.line(), column, Messages.text(key, args));
        }

        private static String plain(BigDecimal amount) {
            return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        }
    }
}
