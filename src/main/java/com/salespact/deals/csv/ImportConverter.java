package com.salespact.deals.csv;

import com.salespact.deals.Stage;
import com.salespact.deals.csv.ImportValues.DateOrder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the rows of a foreign file into rows of the SalesPact template by a mapping: external ids with the layout's
 * prefix, amounts as 1234.50, dates as yyyy-MM-dd, stage names as our stages, owners as usernames. What cannot be
 * read is a problem at the row's line naming the file's own column; everything else the template's checks decide
 * ({@link ImportPlanner}), so a mapped file obeys exactly the rules of a template file.
 */
final class ImportConverter {

    record Converted(List<CsvFileReader.RawRow> rows, Set<String> columns) {
    }

    private static final Pattern LABELLED_YEAR = Pattern.compile("(?i)(?:FY|GJ)?[\\s-]*(\\d{4})");

    private ImportConverter() {
    }

    /** The order slashed dates are read in: the user's choice, else what the values decide; null when unknown. */
    static DateOrder dateOrder(ImportTable table, ImportMapping mapping) {
        if (mapping.dateOrder() != null) {
            return mapping.dateOrder();
        }
        return ImportValues.slashedOrder(dateValues(table, mapping));
    }

    /** Whether the user must say how slashed dates are ordered: some are there, and none has a part above 12. */
    static boolean asksDateOrder(ImportTable table, ImportMapping mapping) {
        List<String> values = dateValues(table, mapping);
        return ImportValues.anySlashed(values) && ImportValues.slashedOrder(values) == null;
    }

    private static List<String> dateValues(ImportTable table, ImportMapping mapping) {
        List<String> values = new ArrayList<>();
        for (int column = 0; column < table.header().size(); column++) {
            if (mapping.field(column).isDate()) {
                values.addAll(table.column(column));
            }
        }
        return values;
    }

    static Converted convert(ImportTable table, List<ImportTable.Line> lines, ImportMapping mapping,
                             DateOrder order, String lostReason) {
        Set<String> columns = new LinkedHashSet<>();
        for (ImportField field : mapping.fields()) {
            if (field.column() != null && field != ImportField.STATUS) {
                columns.add(field.column());
            }
        }
        if (mapping.kind() == CsvKind.DEALS) {
            columns.add("account_external_id");
        }
        List<CsvFileReader.RawRow> rows = new ArrayList<>(lines.size());
        for (ImportTable.Line line : lines) {
            rows.add(row(table, line, mapping, order, lostReason, columns));
        }
        return new Converted(rows, columns);
    }

    private static CsvFileReader.RawRow row(ImportTable table, ImportTable.Line line, ImportMapping mapping,
                                            DateOrder order, String lostReason, Set<String> columns) {
        List<CsvError> errors = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        Stage status = null;
        String prefix = mapping.layout().prefix();
        for (int column = 0; column < table.header().size(); column++) {
            ImportField field = mapping.field(column);
            String raw = line.cell(column);
            String header = table.header().get(column);
            if (field == ImportField.IGNORE || raw.isEmpty() && values.containsKey(field.column())) {
                continue;
            }
            switch (field) {
                case EXTERNAL_ID, ACCOUNT_ID, DEAL_ID -> values.put(field.column(), raw.isEmpty() ? "" : prefixed(prefix, raw));
                case AMOUNT, GROSS_PROFIT, REVENUE, MIN_GROSS_PROFIT ->
                        values.put(field.column(), money(raw, header, line.line(), errors));
                case FISCAL_YEAR -> values.put(field.column(), year(raw));
                case CLOSE_DATE, CREATED_DATE, CLOSED_DATE, ACTIVITY_DATE ->
                        values.put(field.column(), date(raw, order, header, line.line(), errors));
                case STAGE -> {
                    Stage stage = mapping.stage(raw);
                    values.put(field.column(), stage == null ? raw : stage.name());
                }
                case ACTIVITY_KIND -> {
                    String kind = mapping.activityType(raw);
                    values.put(field.column(), kind == null ? raw : kind);
                }
                case STATUS -> status = ImportLayout.status(raw);
                case OWNER -> {
                    String username = mapping.owner(raw);
                    values.put(field.column(), username == null ? raw : username);
                }
                case FORECAST_CATEGORY -> {
                    var forecast = ImportLayout.forecast(raw);
                    values.put(field.column(), forecast == null ? raw : forecast.name());
                }
                default -> values.put(field.column(), raw);
            }
        }
        if (mapping.kind() == CsvKind.DEALS) {
            if (status != null) {
                values.put("stage", status.name()); // Pipedrive: won and lost are a status beside the stage
            }
            values.putIfAbsent("account_external_id", "");
            if (values.getOrDefault("amount", "").isEmpty() && columns.contains("amount")) {
                values.put("amount", "0.00"); // a CRM deal without an amount is worth nothing yet
            }
            if (values.getOrDefault("expected_close_date", "").isEmpty()) {
                values.put("expected_close_date", values.getOrDefault("closed_date", ""));
            }
            if (Stage.LOST.name().equals(values.get("stage")) && values.getOrDefault("lost_reason", "").isEmpty()) {
                values.put("lost_reason", lostReason);
            }
        }
        return new CsvFileReader.RawRow(line.line(), values, errors);
    }

    /** "SF-0065g00000AbCdE"; an id that has the prefix already keeps it (a file exported from here and back). */
    static String prefixed(String prefix, String id) {
        return id.startsWith(prefix) ? id : prefix + id;
    }

    private static String money(String raw, String header, long line, List<CsvError> errors) {
        if (raw.isEmpty()) {
            return "";
        }
        BigDecimal amount = ImportValues.amount(raw);
        if (amount == null) {
            errors.add(new CsvError(line, header, CsvTexts.text("import.problem.amount", header, RowValues.show(raw))));
            return "";
        }
        return amount.scale() <= 2 ? amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString()
                : amount.toPlainString(); // more decimals: the template's check reports it
    }

    /** "FY2027", "GJ 2027", "2027": the digits of a labelled year; anything else as it is, for the check to report. */
    static String year(String raw) {
        Matcher labelled = LABELLED_YEAR.matcher(raw.strip());
        return labelled.matches() ? labelled.group(1) : raw;
    }

    private static String date(String raw, DateOrder order, String header, long line, List<CsvError> errors) {
        if (raw.isEmpty()) {
            return "";
        }
        LocalDate date = ImportValues.date(raw, order);
        if (date == null) {
            errors.add(new CsvError(line, header, CsvTexts.text(order == null && ImportValues.anySlashed(List.of(raw))
                    ? "import.problem.date-order" : "import.problem.date", header, RowValues.show(raw))));
            return "";
        }
        return date.toString();
    }
}
