package com.salespact.deals.csv;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An uploaded file waiting in the mapping step: the file as read, the mapping proposed for it (from a saved mapping
 * of the same header, else from the known layouts) and the people its owners can be mapped to.
 *
 * @param savedMapping the name of the saved mapping that was reused, or null
 * @param template     the file is SalesPact's own template: it needs no mapping step
 */
public record ImportDraft(String fileName, ImportTable table, ImportMapping mapping, String savedMapping,
                          boolean template, List<Choice> people) {

    /** A person an owner can be mapped to. */
    public record Choice(String username, String fullName) {
    }

    public ImportDraft {
        people = List.copyOf(people);
    }

    /** The distinct non-empty values of the columns mapped to a field, in file order. */
    public List<String> distinct(ImportMapping mapping, ImportField field) {
        Set<String> values = new LinkedHashSet<>();
        for (int column = 0; column < table.header().size(); column++) {
            if (mapping.field(column) == field) {
                table.column(column).stream().filter(value -> !value.isEmpty()).forEach(values::add);
            }
        }
        return new ArrayList<>(values);
    }

    /** Whether the user must choose how slashed dates are ordered (every one reads both ways). */
    public boolean asksDateOrder(ImportMapping mapping) {
        return ImportConverter.asksDateOrder(table, mapping);
    }

    /** The first rows as the import will read them, by template column (before accounts and owners are checked). */
    public List<Map<String, String>> sample(ImportMapping mapping, int rows) {
        List<ImportTable.Line> first = table.rows().subList(0, Math.min(rows, table.rows().size()));
        return ImportConverter.convert(table, first, mapping, ImportConverter.dateOrder(table, mapping), "")
                .rows().stream().map(CsvFileReader.RawRow::values).toList();
    }
}
