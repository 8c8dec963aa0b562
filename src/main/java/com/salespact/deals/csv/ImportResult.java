package com.salespact.deals.csv;

/** What a mapped import wrote: the accounts it created from a deal file (null when none were asked for), the rows. */
public record ImportResult(CsvResult accounts, CsvResult rows) {

    public int accountsCreated() {
        return accounts == null ? 0 : accounts.created();
    }
}
