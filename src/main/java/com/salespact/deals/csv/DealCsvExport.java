package com.salespact.deals.csv;

import com.salespact.deals.DealFilter;
import com.salespact.deals.DealRow;
import com.salespact.deals.DealService;
import com.salespact.deals.query.DealExportQuery;
import com.salespact.deals.query.DealExportQuery.Dates;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * Writes a deal list as CSV, exactly as the list shows it: the same filter, sort and the caller's scope, since every
 * row comes from {@link DealService#list} (a page at a time, so a big list never sits in memory whole). The columns
 * are the deal import's, so an exported file can be edited and imported again; account_name and owner_name follow
 * for people reading it and are ignored by the import.
 */
@Service
public class DealCsvExport {

    static final int PAGE = 500;
    static final List<String> COLUMNS;

    static {
        List<String> columns = new ArrayList<>(CsvKind.DEALS.columns());
        columns.add("account_name");
        columns.add("owner_name");
        COLUMNS = List.copyOf(columns);
    }

    private final DealService deals;
    private final DealExportQuery export;
    private final Clock clock;

    DealCsvExport(DealService deals, DealExportQuery export, Clock clock) {
        this.deals = deals;
        this.export = export;
        this.clock = clock;
    }

    /** e.g. deals-2026-11-18.csv */
    public String fileName() {
        return "deals-" + LocalDate.now(clock) + ".csv";
    }

    /**
     * Writes UTF-8 CSV with a byte-order mark (so spreadsheets read accents right) and a header row. Does not close
     * the stream.
     *
     * @return the number of deals written
     */
    public int writeTo(DealFilter filter, Sort sort, OutputStream out) {
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                    .setHeader(COLUMNS.toArray(String[]::new)).get());
            int written = 0;
            for (int offset = 0; ; offset += PAGE) {
                List<DealRow> page = deals.list(filter, offset, PAGE, sort);
                Extra extra = extra(page);
                for (DealRow row : page) {
                    Dates dates = extra.dates.get(row.id());
                    printer.printRecord(row.externalId(), text(row.name()), extra.accountIds.get(row.accountId()),
                            extra.usernames.get(row.ownerId()), row.amount().toPlainString(),
                            row.grossProfit().toPlainString(), row.stage().name(), row.forecastCategory().name(),
                            row.expectedCloseDate().toString(), note(row.nextStep()),
                            note(extra.lostReasons.get(row.id())), dates.openedOn(),
                            dates.closedOn() == null ? "" : dates.closedOn(), text(row.accountName()),
                            text(row.ownerName()));
                }
                written += page.size();
                if (page.size() < PAGE) {
                    break;
                }
            }
            printer.flush();
            return written;
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
    }

    /** What a DealRow lacks for a re-importable file, read for one page of rows that the service returned. */
    private record Extra(Map<Long, String> accountIds, Map<Long, String> usernames, Map<Long, String> lostReasons,
                         Map<Long, Dates> dates) {
    }

    private Extra extra(List<DealRow> page) {
        if (page.isEmpty()) {
            return new Extra(Map.of(), Map.of(), Map.of(), Map.of());
        }
        List<Long> ids = page.stream().map(DealRow::id).toList();
        return new Extra(export.accountExternalIds(page.stream().map(DealRow::accountId).distinct().toList()),
                export.usernames(page.stream().map(DealRow::ownerId).distinct().toList()), export.lostReasons(ids),
                export.dates(ids));
    }

    /**
     * A text a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe; the import drops it
     * again.
     */
    static String text(String value) {
        return guarded(withoutControlCharacters(value, false));
    }

    /** A multi-line note: tabs and line breaks stay (the import takes them in notes), other controls do not. */
    static String note(String value) {
        return guarded(withoutControlCharacters(value, true));
    }

    private static String guarded(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /**
     * The import refuses control characters (TAB, NUL, …) in one-line texts, so the export never writes them: a
     * space stands for each, and the file stays importable. Forms refuse them too; this covers rows stored before.
     */
    static String withoutControlCharacters(String value, boolean multiLine) {
        if (value == null) {
            return null;
        }
        StringBuilder clean = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean control = (c < 0x20 || c == 0x7F) && !(multiLine && (c == '\t' || c == '\n' || c == '\r'));
            if (control && clean == null) {
                clean = new StringBuilder(value.substring(0, i));
            }
            if (clean != null) {
                clean.append(control ? ' ' : c);
            }
        }
        return clean == null ? value : clean.toString();
    }
}
