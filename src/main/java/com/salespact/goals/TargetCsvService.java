package com.salespact.goals;

import com.salespact.base.ConcurrentEditException;
import com.salespact.base.Messages;
import com.salespact.base.RuleViolation;
import com.salespact.deals.csv.CsvProgress;
import com.salespact.deals.csv.ImportFileReader;
import com.salespact.deals.csv.ImportLayout;
import com.salespact.deals.csv.ImportTable;
import com.salespact.deals.csv.ImportValues;
import com.salespact.people.PeopleService;
import com.salespact.people.PersonSummary;
import com.salespact.people.TeamSummary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Targets as CSV: {@code username_or_team,fiscal_year,revenue,min_gross_profit,w1..w12}. Export writes the year's
 * targets in the caller's scope; import previews every row (its action and its problems with their line numbers)
 * and then commits all rows or none; each changed row is a revision with the reason "CSV import &lt;file&gt;".
 * The weight columns are optional: without them (or with all twelve empty) a target is spread flat.
 */
@Service
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
public class TargetCsvService {

    public static final List<String> AMOUNT_COLUMNS = List.of("username_or_team", "fiscal_year", "revenue",
            "min_gross_profit");
    public static final List<String> WEIGHT_COLUMNS = IntStream.rangeClosed(1, Seasonality.MONTHS)
            .mapToObj(month -> "w" + month).toList();
    public static final List<String> COLUMNS = java.util.stream.Stream.concat(AMOUNT_COLUMNS.stream(),
            WEIGHT_COLUMNS.stream()).toList();
    /** Far more than any sales organisation has reps × years; keeps a wrong file from filling the memory. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_ROWS = 5_000;

    private final GoalService goals;
    private final TargetRepository targets;
    private final TargetWriter writer;
    private final PeopleService people;
    private final TransactionTemplate transaction;

    TargetCsvService(GoalService goals, TargetRepository targets, TargetWriter writer, PeopleService people,
                     PlatformTransactionManager transactions) {
        this.goals = goals;
        this.targets = targets;
        this.writer = writer;
        this.people = people;
        this.transaction = new TransactionTemplate(transactions);
    }

    public String fileName(int fiscalYear) {
        return "salespact-targets-FY" + fiscalYear + ".csv";
    }

    // --- export ---------------------------------------------------------------------------------------

    /** The year's stored targets in the caller's scope: explicit team targets, then every rep with a target. */
    @Transactional(readOnly = true)
    public void export(int fiscalYear, OutputStream out) throws IOException {
        YearTargets year = goals.year(fiscalYear);
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT.builder()
                .setHeader(COLUMNS.toArray(String[]::new)).setRecordSeparator("\n").get())) {
            for (TeamTargetLine team : year.teams()) {
                if (team.explicit()) {
                    printer.printRecord(row(team.name(), fiscalYear, team.explicitRevenue(),
                            team.explicitMinGrossProfit(), team.seasonality()));
                }
            }
            for (TargetLine rep : year.reps()) {
                if (rep.hasTarget()) {
                    printer.printRecord(row(rep.username(), fiscalYear, rep.revenue(), rep.minGrossProfit(),
                            rep.seasonality()));
                }
            }
            printer.flush();
        }
    }

    public byte[] export(int fiscalYear) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            export(fiscalYear, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static List<String> row(String who, int year, BigDecimal revenue, BigDecimal minGp, Seasonality weights) {
        List<String> values = new ArrayList<>(COLUMNS.size());
        values.add(who);
        values.add(String.valueOf(year));
        values.add(revenue.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
        values.add(minGp.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
        weights.weights().forEach(weight -> values.add(weight.stripTrailingZeros().toPlainString()));
        return values;
    }

    // --- preview --------------------------------------------------------------------------------------

    /**
     * Reads and checks a file; nothing is saved. The file is read by the import pipeline's one reader (decision 025):
     * UTF-8 with or without a byte-order mark, UTF-16, or Windows-1252; comma, semicolon or tab separated.
     */
    @Transactional(readOnly = true)
    public TargetCsvPreview preview(String fileName, InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            return fileProblem(fileName, "targets.csv.error.too-large");
        }
        if (ImportFileReader.decode(bytes).text().isBlank()) {
            return fileProblem(fileName, "targets.csv.error.empty");
        }
        return new Planner(fileName, ImportFileReader.read(bytes, CsvProgress.none())).plan();
    }

    public TargetCsvPreview preview(String fileName, byte[] bytes) {
        try {
            return preview(fileName, new java.io.ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TargetCsvPreview fileProblem(String fileName, String key) {
        return new TargetCsvPreview(fileName, List.of(), List.of(TargetCsvProblem.of(1, null, key)));
    }

    // --- commit ---------------------------------------------------------------------------------------

    /**
     * Saves every changed row of a clean preview in one transaction: all rows or none.
     * @throws TargetCsvRejectedException when the preview has problems or a row is refused now; nothing is saved
     * @throws ConcurrentEditException when a target changed since the preview; nothing is saved
     */
    public TargetCsvResult commit(TargetCsvPreview preview) {
        if (preview.hasProblems()) {
            throw new TargetCsvRejectedException(preview.problems());
        }
        String reason = reason(preview.fileName());
        try {
            return transaction.execute(status -> {
                int changed = 0;
                int unchanged = 0;
                for (TargetCsvRow row : preview.rows()) {
                    if (!row.isChange()) {
                        unchanged++;
                        continue;
                    }
                    try {
                        TargetSaved saved = writer.apply(row.owner(), row.fiscalYear(), row.revenue(),
                                row.minGrossProfit(), row.seasonality(), reason, row.expectedVersion());
                        if (saved.changed()) {
                            changed++;
                        } else {
                            unchanged++;
                        }
                    } catch (RuleViolation refused) {
                        throw new TargetCsvRejectedException(List.of(TargetCsvProblem.refused(row.line(),
                                column(refused.field()), refused)));
                    }
                }
                return new TargetCsvResult(changed, unchanged);
            });
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException raced) {
            ConcurrentEditException conflict = new ConcurrentEditException(
                    Messages.text("targets.rule.changed-during-import"));
            conflict.initCause(raced);
            throw conflict;
        }
    }

    static String reason(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "file" : fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String reason = "CSV import " + name;
        return reason.length() <= Target.MAX_REASON ? reason : reason.substring(0, Target.MAX_REASON);
    }

    /** The CSV column a rule's field belongs to. */
    static String column(String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "revenue" -> "revenue";
            case "minGrossProfit" -> "min_gross_profit";
            case "fiscalYear" -> "fiscal_year";
            case "owner" -> "username_or_team";
            case "weights" -> "w1..w12";
            default -> field.startsWith("weight") ? "w" + field.substring("weight".length()) : field;
        };
    }

    /** Decides, row by row of a file the pipeline has read, what importing would do. */
    private final class Planner {

        private final String fileName;
        private final ImportTable table;
        private final Map<String, PersonSummary> reps = new HashMap<>();
        private final Map<String, TeamSummary> teams = new HashMap<>();
        private final Map<String, Long> seen = new HashMap<>();
        private final List<TargetCsvRow> rows = new ArrayList<>();
        private final List<TargetCsvProblem> fileProblems = new ArrayList<>();
        private Map<String, Integer> columns;
        private boolean hasWeights;
        private int headerSize;

        Planner(String fileName, ImportTable table) {
            this.fileName = fileName;
            this.table = table;
            people.visibleReps().forEach(rep -> reps.put(rep.username().toLowerCase(Locale.ROOT), rep));
            people.visibleTeams().forEach(team -> teams.put(team.name().strip().toLowerCase(Locale.ROOT), team));
        }

        TargetCsvPreview plan() {
            if (table.header().isEmpty() || !header(table.header())) {
                malformed();
                return result();
            }
            for (ImportTable.Line record : table.rows()) {
                if (rows.size() >= MAX_ROWS) {
                    fileProblems.add(TargetCsvProblem.of(record.line(), null, "targets.csv.error.too-many",
                            String.valueOf(MAX_ROWS)));
                    break;
                }
                rows.add(row(record));
            }
            if (rows.size() < MAX_ROWS) {
                malformed();
            }
            return result();
        }

        /** The reader stops at broken quoting; rows after that point were not read. */
        private void malformed() {
            table.fileErrors().forEach(error -> fileProblems.add(TargetCsvProblem.of(error.line(), null,
                    "targets.csv.error.malformed")));
        }

        private TargetCsvPreview result() {
            return new TargetCsvPreview(fileName, rows, fileProblems);
        }

        /** Our column names, or the targets template's names in German ({@link ImportLayout#targetColumn}). */
        private boolean header(List<String> names) {
            long line = 1;
            columns = new HashMap<>();
            headerSize = names.size();
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i).strip().toLowerCase(Locale.ROOT);
                if (name.isEmpty()) {
                    continue;
                }
                String column = ImportLayout.targetColumn(name);
                if (column == null) {
                    fileProblems.add(TargetCsvProblem.of(line, name, "targets.csv.error.unknown-column", name,
                            String.join(", ", COLUMNS)));
                } else if (columns.putIfAbsent(column, i) != null) {
                    fileProblems.add(TargetCsvProblem.of(line, column, "targets.csv.error.duplicate-column", column));
                }
            }
            List<String> missing = new ArrayList<>(AMOUNT_COLUMNS.stream().filter(c -> !columns.containsKey(c))
                    .toList());
            long weightColumns = WEIGHT_COLUMNS.stream().filter(columns::containsKey).count();
            hasWeights = weightColumns > 0;
            if (hasWeights && weightColumns < Seasonality.MONTHS) {
                missing.addAll(WEIGHT_COLUMNS.stream().filter(c -> !columns.containsKey(c)).toList());
            }
            if (!missing.isEmpty()) {
                fileProblems.add(TargetCsvProblem.of(line, null, "targets.csv.error.missing-columns",
                        String.join(", ", missing)));
            }
            return fileProblems.isEmpty();
        }

        private String value(ImportTable.Line record, String column) {
            Integer index = columns.get(column);
            return index == null ? "" : record.cell(index).strip();
        }

        private TargetCsvRow row(ImportTable.Line record) {
            long line = record.line();
            List<TargetCsvProblem> problems = new ArrayList<>();
            List<String> cells = record.cells();
            boolean extra = IntStream.range(Math.min(headerSize, cells.size()), cells.size())
                    .anyMatch(i -> !cells.get(i).isBlank());
            if (extra) {
                problems.add(TargetCsvProblem.of(line, null, "targets.csv.error.extra-values"));
            }
            String who = value(record, "username_or_team");
            TargetOwner owner = null;
            String ownerName = null;
            if (who.isEmpty()) {
                problems.add(TargetCsvProblem.of(line, "username_or_team", "targets.csv.error.who-required"));
            } else {
                PersonSummary rep = reps.get(who.toLowerCase(Locale.ROOT));
                TeamSummary team = teams.get(who.toLowerCase(Locale.ROOT));
                if (rep != null) {
                    owner = TargetOwner.person(rep.id());
                    ownerName = rep.fullName();
                } else if (team != null) {
                    owner = TargetOwner.team(team.id());
                    ownerName = team.name();
                } else {
                    problems.add(TargetCsvProblem.of(line, "username_or_team", "targets.csv.error.unknown-who", who));
                }
            }
            Integer year = year(line, value(record, "fiscal_year"), problems);
            BigDecimal revenue = amount(line, "revenue", value(record, "revenue"), problems);
            BigDecimal minGp = amount(line, "min_gross_profit", value(record, "min_gross_profit"), problems);
            if (revenue != null && minGp != null) {
                try {
                    Target.checkAmounts(revenue, minGp);
                } catch (RuleViolation broken) {
                    problems.add(TargetCsvProblem.refused(line, column(broken.field()), broken));
                }
            }
            Seasonality seasonality = seasonality(line, record, problems);

            if (owner != null && year != null) {
                String key = owner + "/" + year;
                Long first = seen.putIfAbsent(key, line);
                if (first != null) {
                    problems.add(TargetCsvProblem.of(line, "username_or_team", "targets.csv.error.duplicate-row",
                            who, String.valueOf(year), String.valueOf(first)));
                }
            }
            if (!problems.isEmpty()) {
                return new TargetCsvRow(line, who, ownerName, owner, year, revenue, minGp, seasonality, null, null,
                        TargetCsvRow.Action.ERROR, problems);
            }
            Optional<Target> stored = targets.findByOwner(owner, year);
            if (stored.isEmpty()) {
                return new TargetCsvRow(line, who, ownerName, owner, year, revenue, minGp, seasonality, null, null,
                        TargetCsvRow.Action.CREATE, problems);
            }
            Target target = stored.get();
            boolean same = target.getRevenue().compareTo(revenue) == 0
                    && target.getMinGrossProfit().compareTo(minGp) == 0
                    && target.seasonality().equals(seasonality) && (!owner.isTeam() || target.isExplicitTeam());
            return new TargetCsvRow(line, who, ownerName, owner, year, revenue, minGp, seasonality,
                    target.getRevenue(), target.getVersion(),
                    same ? TargetCsvRow.Action.UNCHANGED : TargetCsvRow.Action.UPDATE, problems);
        }

        private Integer year(long line, String raw, List<TargetCsvProblem> problems) {
            try {
                int year = Integer.parseInt(raw);
                TargetWriter.checkYear(year);
                return year;
            } catch (NumberFormatException | RuleViolation wrong) {
                problems.add(TargetCsvProblem.of(line, "fiscal_year", "targets.csv.error.year", raw));
                return null;
            }
        }

        private BigDecimal amount(long line, String column, String raw, List<TargetCsvProblem> problems) {
            if (raw.isEmpty()) {
                problems.add(TargetCsvProblem.of(line, column, "targets.csv.error.required", column));
                return null;
            }
            BigDecimal value = ImportValues.amount(raw); // the pipeline's rule: 1.234,50 and 1,234.50 alike
            if (value == null) {
                problems.add(TargetCsvProblem.of(line, column, "targets.csv.error.number", column, raw));
            }
            return value;
        }

        private Seasonality seasonality(long line, ImportTable.Line record, List<TargetCsvProblem> problems) {
            if (!hasWeights) {
                return Seasonality.flat();
            }
            List<String> raw = WEIGHT_COLUMNS.stream().map(column -> value(record, column)).toList();
            if (raw.stream().allMatch(String::isEmpty)) {
                return Seasonality.flat();
            }
            List<BigDecimal> weights = new ArrayList<>(Seasonality.MONTHS);
            for (int i = 0; i < Seasonality.MONTHS; i++) {
                String column = WEIGHT_COLUMNS.get(i);
                if (raw.get(i).isEmpty()) {
                    problems.add(TargetCsvProblem.of(line, column, "targets.csv.error.weights-partial"));
                    return null;
                }
                BigDecimal weight = number(raw.get(i));
                if (weight == null) {
                    problems.add(TargetCsvProblem.of(line, column, "targets.csv.error.number", column, raw.get(i)));
                    return null;
                }
                weights.add(weight);
            }
            try {
                return new Seasonality(weights);
            } catch (RuleViolation broken) {
                problems.add(TargetCsvProblem.refused(line, column(broken.field()), broken));
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
    }
}
