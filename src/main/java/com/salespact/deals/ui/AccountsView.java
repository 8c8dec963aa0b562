package com.salespact.deals.ui;

import com.salespact.base.ui.UserFormats;
import com.salespact.deals.AccountClass;
import com.salespact.deals.AccountFilter;
import com.salespact.deals.AccountRow;
import com.salespact.deals.AccountService;
import com.salespact.deals.BusinessType;
import com.salespact.people.PeopleService;
import com.salespact.people.PersonSummary;
import com.salespact.security.CurrentUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;

/**
 * Accounts: a rep's own, a manager's team's, everybody's for an admin. A lazy grid with search and filters whose
 * state lives in the URL ({@code ?q=acme&class=A&type=NEW&owner=12}), so a reload or a shared link keeps it.
 * Tapping a row opens the account page.
 */
@Route("accounts")
@Menu(order = 3, icon = "BUILDING", title = "nav.accounts")
@PermitAll
public class AccountsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final AccountService accounts;
    private final List<PersonSummary> owners;
    final TextField search = new TextField();
    final ComboBox<PersonSummary> owner = new ComboBox<>();
    final Select<AccountClass> accountClass = new Select<>();
    final Select<BusinessType> businessType = new Select<>();
    final Grid<AccountRow> grid = new Grid<>();
    private boolean restoring;

    public AccountsView(AccountService accounts, PeopleService people, CurrentUser currentUser) {
        this.accounts = accounts;
        boolean isRep = currentUser.require().isRep();
        this.owners = isRep ? List.of() : people.visibleReps();
        setId("accounts-view");
        setSizeFull();

        search.setPlaceholder(getTranslation("accounts.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("account-search");
        search.setAriaLabel(getTranslation("accounts.search"));

        owner.setPlaceholder(getTranslation("accounts.all-owners"));
        owner.setItems(owners);
        owner.setItemLabelGenerator(PersonSummary::fullName);
        owner.setClearButtonVisible(true);
        owner.setId("account-owner-filter");
        owner.setAriaLabel(getTranslation("accounts.owner"));
        owner.setVisible(!isRep);

        accountClass.setItems(AccountClass.values());
        accountClass.setEmptySelectionAllowed(true);
        accountClass.setEmptySelectionCaption(getTranslation("accounts.all-classes"));
        accountClass.setItemLabelGenerator(value -> value == null ? getTranslation("accounts.all-classes")
                : getTranslation("accounts.class." + value.name()));
        accountClass.setId("account-class-filter");
        accountClass.setAriaLabel(getTranslation("accounts.class"));

        businessType.setItems(BusinessType.values());
        businessType.setEmptySelectionAllowed(true);
        businessType.setEmptySelectionCaption(getTranslation("accounts.all-types"));
        businessType.setItemLabelGenerator(value -> value == null ? getTranslation("accounts.all-types")
                : getTranslation("accounts.type." + value.name()));
        businessType.setId("account-type-filter");
        businessType.setAriaLabel(getTranslation("accounts.type"));

        Button add = new Button(getTranslation("accounts.new"), VaadinIcon.PLUS.create(), event -> create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("new-account");
        add.setMinHeight("44px");

        search.addValueChangeListener(event -> filterChanged());
        owner.addValueChangeListener(event -> filterChanged());
        accountClass.addValueChangeListener(event -> filterChanged());
        businessType.addValueChangeListener(event -> filterChanged());

        configureGrid(isRep);
        HorizontalLayout toolbar = new HorizontalLayout(search, owner, accountClass, businessType, add);
        toolbar.setWrap(true);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.addClassName("toolbar");
        add(toolbar, grid);
    }

    private void configureGrid(boolean isRep) {
        grid.setId("account-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // Name with city and industry underneath: fewer columns on a 768 px tablet and taller rows to tap.
        grid.addColumn(LitRenderer.<AccountRow>of("""
                        <div style="line-height: var(--lumo-line-height-s); padding: var(--lumo-space-xs) 0">
                          <div style="font-weight: 500">${item.name}</div>
                          <div style="font-size: var(--lumo-font-size-s); color: var(--lumo-secondary-text-color)">\
                        ${item.detail}</div>
                        </div>""")
                        .withProperty("name", AccountRow::name)
                        .withProperty("detail", AccountsView::detail))
                .setHeader(getTranslation("accounts.name")).setKey("name")
                .setSortable(true).setSortProperty("name").setFlexGrow(3).setResizable(true);
        grid.addColumn(row -> row.accountClass().name()).setHeader(getTranslation("accounts.class.short"))
                .setKey("class").setSortable(true).setSortProperty("accountClass").setWidth("90px").setFlexGrow(0);
        grid.addColumn(row -> getTranslation("accounts.type.short." + row.businessType().name()))
                .setHeader(getTranslation("accounts.type")).setKey("type")
                .setSortable(true).setSortProperty("businessType").setWidth("120px").setFlexGrow(0);
        grid.addColumn(AccountRow::ownerName).setHeader(getTranslation("accounts.owner")).setKey("owner")
                .setSortable(true).setSortProperty("ownerName").setFlexGrow(1).setVisible(!isRep);
        grid.addColumn(row -> UserFormats.current().money(row.openPipeline())).setHeader(getTranslation("accounts.pipeline.short"))
                .setKey("pipeline").setSortable(true).setSortProperty("openPipeline")
                .setTextAlign(ColumnTextAlign.END).setWidth("120px").setFlexGrow(0);
        grid.addColumn(row -> UserFormats.current().money(row.wonThisYear())).setHeader(getTranslation("accounts.won.short"))
                .setKey("won").setSortable(true).setSortProperty("wonThisYear")
                .setTextAlign(ColumnTextAlign.END).setWidth("120px").setFlexGrow(0);
        grid.setItems(query -> accounts.list(filter(), query.getOffset(), query.getLimit(),
                        sortOf(query.getSortOrders())).stream(),
                query -> accounts.count(filter()));
        grid.setEmptyStateText(getTranslation("accounts.empty"));
        grid.addItemClickListener(event -> open(event.getItem().id()));
        grid.setSizeFull();
    }

    /** The filter the fields show; the service applies the caller's scope on top. */
    AccountFilter filter() {
        return AccountFilter.all()
                .withText(search.getValue())
                .withOwner(owner.getValue() == null ? null : owner.getValue().id())
                .withClass(accountClass.getValue())
                .withBusinessType(businessType.getValue());
    }

    /** The URL query that reproduces the current filter. */
    QueryParameters queryParameters() {
        Map<String, String> params = new LinkedHashMap<>();
        if (!search.getValue().isBlank()) {
            params.put("q", search.getValue().strip());
        }
        if (owner.getValue() != null) {
            params.put("owner", String.valueOf(owner.getValue().id()));
        }
        if (accountClass.getValue() != null) {
            params.put("class", accountClass.getValue().name());
        }
        if (businessType.getValue() != null) {
            params.put("type", businessType.getValue().name());
        }
        return QueryParameters.simple(params);
    }

    private void filterChanged() {
        if (restoring) {
            return;
        }
        grid.getDataProvider().refreshAll();
        DealsNavigation.showAccountsState(queryParameters());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters params = event.getLocation().getQueryParameters();
        restoring = true;
        try {
            search.setValue(params.getSingleParameter("q").orElse(""));
            String ownerId = params.getSingleParameter("owner").orElse(null);
            owner.setValue(ownerId == null ? null : owners.stream()
                    .filter(person -> String.valueOf(person.id()).equals(ownerId)).findFirst().orElse(null));
            accountClass.setValue(params.getSingleParameter("class").map(value -> parse(AccountClass.class, value))
                    .orElse(null));
            businessType.setValue(params.getSingleParameter("type").map(value -> parse(BusinessType.class, value))
                    .orElse(null));
        } finally {
            restoring = false;
        }
        grid.getDataProvider().refreshAll();
    }

    private static String detail(AccountRow row) {
        return java.util.stream.Stream.of(row.city(), row.industry())
                .filter(text -> text != null && !text.isBlank()).collect(java.util.stream.Collectors.joining(" · "));
    }

    private void create() {
        new AccountDialog(accounts, owners, null, saved -> open(saved.id())).open();
    }

    private void open(long accountId) {
        UI.getCurrent().navigate(AccountView.class, new RouteParameters("id", String.valueOf(accountId)));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static Sort sortOf(List<QuerySortOrder> orders) {
        return Sort.by(orders.stream().map(order -> order.getDirection() == SortDirection.ASCENDING
                ? Sort.Order.asc(order.getSorted()) : Sort.Order.desc(order.getSorted())).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.accounts");
    }
}
