package com.salespact.deals.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Splits an import file into rows with Apache Commons CSV: UTF-8 with or without a byte-order mark, comma or
 * semicolon separated (whichever the header line uses more of), RFC 4180 quoting, so values may hold the separator,
 * quotes ("") and line breaks. Every row keeps the line of the file it starts on. Values are only split and
 * trimmed here; what they mean is checked by {@link ImportPlanner}, so that a commit can check them again.
 */
final class CsvFileReader {

    /** Enough for any realistic CRM export; a bigger file should be split. */
    static final int MAX_ROWS = 200_000;

    private static final int HEADER_PEEK = 64 * 1024;
    private static final Pattern PARSER_LINE = Pattern.compile("\\((?:start)?line (\\d+)\\)");

    record RawRow(long line, Map<String, String> values, List<CsvError> errors) {
    }

    record Result(char delimiter, List<String> columns, List<RawRow> rows, List<CsvError> fileErrors) {
    }

    private CsvFileReader() {
    }

    static Result read(CsvKind kind, InputStream input, CsvProgress progress) throws IOException {
        BufferedReader reader = new BufferedReader(
                new InputStreamReader(withoutByteOrderMark(input), StandardCharsets.UTF_8), HEADER_PEEK);
        char delimiter = detectDelimiter(reader);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false) // keeps the lexer's line count exact; blank rows are skipped below
                .setIgnoreSurroundingSpaces(true)
                .get();
        List<CsvError> fileErrors = new ArrayList<>();
        List<RawRow> rows = new ArrayList<>();
        List<String> header = List.of();
        CSVParser parser = CSVParser.parse(reader, format);
        try (parser) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                fileErrors.add(new CsvError(1, null, CsvTexts.text("csv.problem.file-empty",
                        String.join(",", kind.columns()))));
                return new Result(delimiter, List.of(), rows, fileErrors);
            }
            CSVRecord first = records.next();
            header = normalise(first.toList());
            List<CsvError> headerErrors = checkHeader(kind, header, startLine(parser, first));
            if (!headerErrors.isEmpty()) {
                fileErrors.addAll(headerErrors);
                return new Result(delimiter, header, rows, fileErrors);
            }
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (isBlank(record)) {
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    fileErrors.add(new CsvError(startLine(parser, record), null, CsvTexts.text("csv.problem.too-many-rows",
                            CsvTexts.count(MAX_ROWS))));
                    break;
                }
                rows.add(row(kind, header, record, startLine(parser, record)));
                if (rows.size() % 500 == 0) {
                    progress.report(CsvProgress.Phase.READING, rows.size(), -1);
                }
            }
        } catch (UncheckedIOException | IllegalStateException broken) {
            // Commons CSV stops at broken quoting; rows after it cannot be trusted, so none of them are read.
            fileErrors.add(new CsvError(lineOf(broken, parser), null, CsvTexts.text("csv.problem.malformed",
                    rootMessage(broken))));
        }
        progress.report(CsvProgress.Phase.READING, rows.size(), rows.size());
        return new Result(delimiter, header.stream().filter(kind.columns()::contains).toList(), rows, fileErrors);
    }

    private static RawRow row(CsvKind kind, List<String> header, CSVRecord record, long line) {
        List<CsvError> errors = new ArrayList<>();
        if (record.size() != header.size()) {
            errors.add(new CsvError(line, null, CsvTexts.text("csv.problem.value-count",
                    String.valueOf(record.size()), String.valueOf(header.size()))));
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(record.size(), header.size()); i++) {
            if (kind.columns().contains(header.get(i))) {
                values.put(header.get(i), record.get(i).strip());
            }
        }
        return new RawRow(line, values, errors);
    }

    /**
     * The line a record starts on: the parser stands on its last line, and every line break inside its quoted
     * values moved it one line further.
     */
    private static long startLine(CSVParser parser, CSVRecord record) {
        long breaks = 0;
        for (String value : record) {
            breaks += lineBreaks(value);
        }
        return Math.max(1, parser.getCurrentLineNumber() - breaks);
    }

    static int lineBreaks(String value) {
        int breaks = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n')) {
                breaks++;
            }
        }
        return breaks;
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static List<CsvError> checkHeader(CsvKind kind, List<String> header, long line) {
        List<CsvError> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name.isEmpty()) {
                errors.add(new CsvError(line, null, CsvTexts.text("csv.problem.unnamed-column", String.valueOf(i + 1))));
            } else if (seen.putIfAbsent(name, i) != null) {
                errors.add(new CsvError(line, name, CsvTexts.text("csv.problem.duplicate-column", name)));
            } else if (!kind.columns().contains(name) && !kind.isIgnored(name)) {
                errors.add(new CsvError(line, name, CsvTexts.text("csv.problem.unknown-column", name,
                        String.join(", ", kind.columns()))));
            }
        }
        List<String> missing = kind.columns().stream()
                .filter(column -> kind.isRequired(column) && !seen.containsKey(column)).toList();
        if (!missing.isEmpty()) {
            errors.add(new CsvError(line, null, CsvTexts.text(missing.size() == 1 ? "csv.problem.missing-column"
                    : "csv.problem.missing-columns", String.join(", ", missing),
                    CsvTexts.text("csv.problem.kind." + kind.name()))));
        }
        return errors;
    }

    /** "External ID" and "external-id" both read as external_id. */
    static List<String> normalise(List<String> names) {
        return names.stream()
                .map(name -> name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_"))
                .toList();
    }

    /** Skips a UTF-8 byte-order mark (as Excel writes with "CSV UTF-8"). */
    private static InputStream withoutByteOrderMark(InputStream input) throws IOException {
        PushbackInputStream in = new PushbackInputStream(input, 3);
        byte[] head = in.readNBytes(3);
        boolean bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF;
        if (!bom) {
            in.unread(head);
        }
        return in;
    }

    /** Semicolon when the header line holds more semicolons than commas (outside quotes), else comma. */
    private static char detectDelimiter(BufferedReader reader) throws IOException {
        reader.mark(HEADER_PEEK);
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < HEADER_PEEK - 1; i++) {
            int c = reader.read();
            if (c == -1 || !quoted && (c == '\n' || c == '\r')) {
                break;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        reader.reset();
        return semicolons > commas ? ';' : ',';
    }

    private static long lineOf(RuntimeException broken, CSVParser parser) {
        Matcher matcher = PARSER_LINE.matcher(String.valueOf(rootMessage(broken)));
        return matcher.find() ? Long.parseLong(matcher.group(1)) : parser.getCurrentLineNumber() + 1;
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
