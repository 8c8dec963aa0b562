package com.salespact.deals.csv;

import java.nio.charset.Charset;
import java.util.List;

/**
 * Any CSV file as read, before anything is known about its columns: the encoding and separator it was found to use,
 * its header as written and every non-blank data row with the line of the file it starts on.
 *
 * @param fileErrors problems of the file itself (empty, broken quoting, too many rows), by line
 */
public record ImportTable(Charset charset, char delimiter, List<String> header, List<Line> rows,
                          List<CsvError> fileErrors) {

    /** One data row: its cells in header order (fewer or more when the row is ragged). */
    public record Line(long line, List<String> cells) {

        public Line {
            cells = List.copyOf(cells);
        }

        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    public ImportTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        fileErrors = List.copyOf(fileErrors);
    }

    /** The values of one column, in row order. */
    public List<String> column(int index) {
        return rows.stream().map(row -> row.cell(index)).toList();
    }

    /** "Opportunity Name|Amount|…" lower-cased: the same export layout gives the same signature every time. */
    public String signature() {
        return String.join("|", header.stream().map(name -> name.strip().toLowerCase(java.util.Locale.ROOT))
                .toList());
    }
}
