package com.salespact.deals.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads what real CRM exports and spreadsheets write: UTF-8 with or without a byte-order mark, UTF-16 (LE or BE, by
 * its byte-order mark), else Windows-1252 when the bytes are not valid UTF-8; comma, semicolon or tab separated
 * (whichever the header line holds most of outside quotes); RFC 4180 quoting with separators, quotes and line
 * breaks inside values; CRLF or LF. Values are split and stripped only; what they mean is the mapping's business.
 */
public final class ImportFileReader {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern PARSER_LINE = Pattern.compile("\\((?:start)?line (\\d+)\\)");

    private ImportFileReader() {
    }

    public static ImportTable read(byte[] bytes, CsvProgress progress) {
        Decoded decoded = decode(bytes);
        String text = decoded.text();
        char delimiter = detectDelimiter(text);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false) // keeps the lexer's line count exact; blank rows are skipped below
                .get();
        List<CsvError> fileErrors = new ArrayList<>();
        List<ImportTable.Line> rows = new ArrayList<>();
        List<String> header = List.of();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            try {
                if (!records.hasNext()) {
                    fileErrors.add(new CsvError(1, null, CsvTexts.text("import.problem.file-empty")));
                    return new ImportTable(decoded.charset(), delimiter, header, rows, fileErrors);
                }
                header = records.next().stream().map(String::strip).toList();
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    List<String> cells = record.stream().map(String::strip).toList();
                    if (cells.stream().allMatch(String::isEmpty)) {
                        continue;
                    }
                    if (rows.size() == CsvFileReader.MAX_ROWS) {
                        fileErrors.add(new CsvError(startLine(parser, record), null,
                                CsvTexts.text("csv.problem.too-many-rows", CsvTexts.count(CsvFileReader.MAX_ROWS))));
                        break;
                    }
                    rows.add(new ImportTable.Line(startLine(parser, record), cells));
                    if (rows.size() % 1000 == 0) {
                        progress.report(CsvProgress.Phase.READING, rows.size(), -1);
                    }
                }
            } catch (UncheckedIOException | IllegalStateException broken) {
                // Commons CSV stops at broken quoting; rows after it cannot be trusted, so none of them are read.
                fileErrors.add(new CsvError(lineOf(broken, parser), null, CsvTexts.text("csv.problem.malformed",
                        rootMessage(broken))));
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        progress.report(CsvProgress.Phase.READING, rows.size(), rows.size());
        return new ImportTable(decoded.charset(), delimiter, header, rows, fileErrors);
    }

    public record Decoded(Charset charset, String text) {
    }

    /** By byte-order mark; without one, UTF-8 when the bytes are valid UTF-8, else Windows-1252 (Excel's ANSI). */
    public static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(StandardCharsets.UTF_8, new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(StandardCharsets.UTF_16LE,
                    new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE));
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(StandardCharsets.UTF_16BE,
                    new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE));
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(StandardCharsets.UTF_8, text);
        } catch (CharacterCodingException notUtf8) {
            return new Decoded(WINDOWS_1252, new String(bytes, WINDOWS_1252));
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Comma, semicolon or tab: whichever the header line holds most of outside quotes; comma on a tie. */
    static char detectDelimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!quoted && (c == '\n' || c == '\r')) {
                break;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    /** The line a record starts on: the parser stands on its last line, less the line breaks inside its values. */
    private static long startLine(CSVParser parser, CSVRecord record) {
        long breaks = 0;
        for (String value : record) {
            breaks += CsvFileReader.lineBreaks(value);
        }
        return Math.max(1, parser.getCurrentLineNumber() - breaks);
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
