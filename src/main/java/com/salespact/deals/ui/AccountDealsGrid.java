package com.salespact.deals.ui;

import com.salespact.base.ui.UserFormats;
import com.salespact.deals.DealFilter;
import com.salespact.deals.DealRow;
import com.salespact.deals.DealService;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.springframework.data.domain.Sort;

/** The account's deals, paged and sortable, closing latest first unless sorted otherwise; a tap opens one. */
class AccountDealsGrid extends Grid<DealRow> {


    /** @param accountId the account shown, null before one is */
    AccountDealsGrid(DealService deals, Supplier<Long> accountId) {
        setId("account-deals");
        // A portrait tablet gives the name a narrow column: wrapped, every deal reads whole (issue 16).
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // The page is the account's: its name in front of every deal's was all a narrow column showed (issue 16).
        addColumn(DealCard::nameWithoutAccount).setHeader(getTranslation("deals.name")).setSortable(true)
                .setSortProperty("name").setFlexGrow(2);
        addColumn(row -> getTranslation("stage." + row.stage().name())).setHeader(getTranslation("deals.stage"))
                .setSortable(true).setSortProperty("stage");
        addColumn(row -> UserFormats.current().money(row.amount())).setHeader(getTranslation("deals.amount"))
                .setTextAlign(ColumnTextAlign.END).setSortable(true).setSortProperty("amount");
        addColumn(row -> UserFormats.current().date(row.expectedCloseDate())).setHeader(getTranslation("deals.close"))
                .setSortable(true).setSortProperty("expectedCloseDate");
        addColumn(DealRow::ownerName).setHeader(getTranslation("accounts.owner"));
        setItems(query -> accountId.get() == null ? Stream.empty()
                        : deals.list(DealFilter.all().withAccount(accountId.get()), query.getOffset(),
                                query.getLimit(), newestFirstUnlessSorted(query.getSortOrders())).stream(),
                query -> accountId.get() == null ? 0 : deals.count(DealFilter.all().withAccount(accountId.get())));
        setEmptyStateText(getTranslation("accounts.empty.deals"));
        addItemClickListener(event -> DealsNavigation.toDeal(event.getItem().id()));
    }

    private static Sort newestFirstUnlessSorted(List<QuerySortOrder> orders) {
        return orders.isEmpty() ? Sort.by(Sort.Order.desc("expectedCloseDate")) : Sort.by(orders.stream()
                .map(order -> order.getDirection() == SortDirection.ASCENDING
                        ? Sort.Order.asc(order.getSorted()) : Sort.Order.desc(order.getSorted())).toList());
    }
}
