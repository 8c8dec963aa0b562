package com.salespact.deals;

/** A deal as a picker shows it, with the account it belongs to (choosing the deal chooses that account). */
public record DealChoice(long id, String name, AccountChoice account) {

    static DealChoice of(DealRow row) {
        return new DealChoice(row.id(), row.name(), new AccountChoice(row.accountId(), row.accountName(), row.ownerId()));
    }
}
