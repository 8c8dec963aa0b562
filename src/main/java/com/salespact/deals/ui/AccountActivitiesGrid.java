package com.salespact.deals.ui;

import com.salespact.activities.ActivityRow;
import com.salespact.activities.ActivityService;
import com.vaadin.flow.component.grid.Grid;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** The account's activities, newest first, paged. */
class AccountActivitiesGrid extends Grid<ActivityRow> {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    /** @param accountId the account shown, null before one is */
    AccountActivitiesGrid(ActivityService activities, Supplier<Long> accountId) {
        setId("account-activities");
        addColumn(row -> DATE.format(row.date())).setHeader(getTranslation("accounts.activity.date"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(row -> getTranslation("accounts.activity." + row.kind().name()))
                .setHeader(getTranslation("accounts.activity.kind")).setAutoWidth(true).setFlexGrow(0);
        addColumn(ActivityRow::repName).setHeader(getTranslation("accounts.activity.rep"));
        addColumn(row -> row.dealName() == null ? "" : row.dealName())
                .setHeader(getTranslation("accounts.activity.deal"));
        addColumn(row -> row.note() == null ? "" : row.note())
                .setHeader(getTranslation("accounts.activity.note")).setFlexGrow(2);
        setItems(query -> accountId.get() == null ? Stream.empty()
                        : activities.list(null, accountId.get(), query.getOffset(), query.getLimit()).stream(),
                query -> accountId.get() == null ? 0 : activities.count(null, accountId.get()));
        setEmptyStateText(getTranslation("accounts.empty.activities"));
    }
}
