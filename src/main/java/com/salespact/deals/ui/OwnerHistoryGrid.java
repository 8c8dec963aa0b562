package com.salespact.deals.ui;

import com.salespact.base.ui.UserFormats;
import com.salespact.deals.AccountDetails;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.time.ZoneId;

/** Who owned the account when: each move with its day, from whom, to whom and by whom. */
class OwnerHistoryGrid extends Grid<AccountDetails.OwnerMove> {


    OwnerHistoryGrid(ZoneId zone) {
        setId("account-owner-history");
        addColumn(move -> UserFormats.current().date(LocalDate.ofInstant(move.at(), zone)))
                .setHeader(getTranslation("accounts.history.when")).setAutoWidth(true).setFlexGrow(0);
        addColumn(move -> move.fromName() == null ? getTranslation("accounts.history.first") : move.fromName())
                .setHeader(getTranslation("accounts.history.from"));
        addColumn(AccountDetails.OwnerMove::toName).setHeader(getTranslation("accounts.history.to"));
        addColumn(move -> move.byName() == null ? "—" : move.byName()).setHeader(getTranslation("accounts.history.by"));
        setAllRowsVisible(true);
        setEmptyStateText(getTranslation("accounts.empty.history"));
    }
}
