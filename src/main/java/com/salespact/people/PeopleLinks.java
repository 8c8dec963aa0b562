package com.salespact.people;

/** Where the people feature's pages live, for services that link to them (notifications). */
public final class PeopleLinks {

    /** The admin's people screen; people waiting for approval are listed on top. */
    public static final String PEOPLE_ROUTE = "admin/people";

    private PeopleLinks() {
    }
}
