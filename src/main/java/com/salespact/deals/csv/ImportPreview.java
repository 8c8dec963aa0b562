package com.salespact.deals.csv;

/**
 * What importing a mapped file would do: the accounts it creates first (when the user agreed, else null) and the
 * rows of the file. Committed all together in one transaction, or nothing.
 */
public record ImportPreview(ImportDraft draft, ImportMapping mapping, CsvPreview accounts, CsvPreview rows) {

    public boolean hasErrors() {
        return rows.hasErrors() || accounts != null && accounts.hasErrors();
    }

    public boolean canCommit() {
        return !hasErrors() && (rows.canCommit() || accounts != null && accounts.canCommit());
    }

    public int accountsToCreate() {
        return accounts == null ? 0 : accounts.toCreate();
    }
}
