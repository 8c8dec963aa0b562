package com.salespact.activities.ui;

import com.salespact.base.ui.UserFormats;
import com.salespact.activities.ActivityRow;
import com.salespact.activities.ActivityService;
import com.salespact.deals.ui.AccountTab;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import java.util.stream.Stream;

/** The activities logged on one account, newest first, paged from the database: a tab of the account page. */
class AccountActivities extends Grid<ActivityRow> implements AccountTab.Content {


    private Long accountId;

    AccountActivities(ActivityService activities) {
        setId("account-activities");
        addColumn(row -> UserFormats.current().date(row.date())).setHeader(getTranslation("accounts.activity.date"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(row -> getTranslation("accounts.activity." + row.kind().name()))
                .setHeader(getTranslation("accounts.activity.kind")).setAutoWidth(true).setFlexGrow(0);
        addColumn(ActivityRow::repName).setHeader(getTranslation("accounts.activity.rep"));
        addColumn(row -> row.dealName() == null ? "" : row.dealName())
                .setHeader(getTranslation("accounts.activity.deal"));
        addColumn(row -> row.note() == null ? "" : row.note())
                .setHeader(getTranslation("accounts.activity.note")).setFlexGrow(2);
        setItems(query -> accountId == null ? Stream.empty()
                        : activities.list(null, accountId, query.getOffset(), query.getLimit()).stream(),
                query -> accountId == null ? 0 : activities.count(null, accountId));
        setEmptyStateText(getTranslation("accounts.empty.activities"));
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public void show(long accountId) {
        this.accountId = accountId;
        getDataProvider().refreshAll();
    }

    /** The account page's activities tab. */
    @org.springframework.stereotype.Component
    static class Tab implements AccountTab {

        private final ActivityService activities;

        Tab(ActivityService activities) {
            this.activities = activities;
        }

        @Override
        public String titleKey() {
            return "accounts.tab.activities";
        }

        @Override
        public Content create() {
            return new AccountActivities(activities);
        }
    }
}
