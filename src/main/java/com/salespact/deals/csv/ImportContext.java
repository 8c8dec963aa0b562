package com.salespact.deals.csv;

import com.salespact.people.DataScope;
import java.util.Set;

/**
 * What an {@link ImportTarget} is told besides the rows: whose import it is, the uploaded file, and the accounts the
 * same import creates first (the user ticked "create missing accounts"), which a row may name before they exist.
 *
 * @param source      the uploaded file's name (kept with what it changed, e.g. a target's revision), or null
 * @param newAccounts external ids of the accounts this import creates before the rows; empty when writing, as they
 *                    exist by then
 */
public record ImportContext(DataScope scope, String source, Set<String> newAccounts) {

    public ImportContext {
        newAccounts = Set.copyOf(newAccounts);
    }

    public static ImportContext of(DataScope scope, String source) {
        return new ImportContext(scope, source, Set.of());
    }
}
