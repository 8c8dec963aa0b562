package com.salespact.deals.ui;

import com.salespact.base.ConcurrentEditException;
import com.salespact.base.merge.Edit;
import com.salespact.base.merge.Merge;
import com.salespact.base.ui.FieldConflictDialog;
import com.salespact.deals.AccountConflictException;
import com.salespact.deals.AccountPlanDraft;
import com.salespact.base.Money;
import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FormErrors;
import com.salespact.base.ui.KpiCard;
import com.salespact.deals.AccountDetails;
import com.salespact.deals.AccountService;
import com.salespact.deals.DealFilter;
import com.salespact.deals.DealRow;
import com.salespact.deals.DealService;
import com.salespact.people.PeopleService;
import com.salespact.security.CurrentUser;
import com.salespact.security.SignedInUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

/**
 * One account: who owns it and what kind it is, its deals, recent activities, the account plan (A and B accounts)
 * and the history of its owners. Managers and admins reassign it here. Somebody else's account is "not found".
 */
@Route("accounts/:id")
@PermitAll
public class AccountView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final AccountService accounts;
    private final DealService deals;
    private final PeopleService people;
    private final SignedInUser user;
    private final Clock clock;

    private final Div header = new Div();
    final TabSheet tabs = new TabSheet();
    final Grid<DealRow> dealGrid = new Grid<>();
    private final List<AccountTab.Content> contributed = new ArrayList<>();
    final Grid<AccountDetails.OwnerMove> historyGrid = new Grid<>();
    final AccountPlanForm planForm = new AccountPlanForm();
    final Button savePlan = new Button();
    private final Paragraph noPlanYet = new Paragraph();
    final Tab dealsTab;
    final Tab planTab;
    final Tab historyTab;
    private AccountDetails account;

    public AccountView(AccountService accounts, DealService deals, PeopleService people, CurrentUser currentUser,
                       Clock clock, List<AccountTab> otherTabs) {
        this.accounts = accounts;
        this.deals = deals;
        this.people = people;
        this.user = currentUser.require();
        this.clock = clock;
        setId("account-view");
        setSizeFull();
        header.setWidthFull();

        configureDealGrid();
        configureHistoryGrid();
        savePlan.setText(getTranslation("accounts.plan.save"));
        savePlan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        savePlan.setId("save-plan");
        savePlan.setMinHeight("44px");
        savePlan.addClickListener(event -> savePlan());
        noPlanYet.setText(getTranslation("accounts.plan.none-yet"));
        Div planActions = new Div(savePlan);
        planActions.addClassName("form-actions");
        VerticalLayout planSection = new VerticalLayout(noPlanYet, planForm, planActions);
        planSection.setPadding(false);

        dealsTab = tabs.add(getTranslation("accounts.tab.deals"), dealGrid);
        for (AccountTab tab : otherTabs) {
            AccountTab.Content content = tab.create();
            contributed.add(content);
            tabs.add(getTranslation(tab.titleKey()), content.component());
        }
        planTab = tabs.add(getTranslation("accounts.tab.plan"), planSection);
        historyTab = tabs.add(getTranslation("accounts.tab.history"), historyGrid);
        tabs.setSizeFull();
        tabs.setId("account-tabs");
        add(header, tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<AccountDetails> found = event.getRouteParameters().get("id").flatMap(this::load);
        if (found.isEmpty()) {
            FormErrors.error(getTranslation("accounts.not-found"));
            event.forwardTo(AccountsView.class);
            return;
        }
        show(found.get(), true);
    }

    /** A missing id, a malformed one and somebody else's account all look the same: not found. */
    private Optional<AccountDetails> load(String id) {
        try {
            return accounts.accountPage(Long.parseLong(id));
        } catch (NumberFormatException | AccessDeniedException notYours) {
            return Optional.empty();
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (account == null || !planTab.isVisible() || !planForm.hasChanges()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("accounts.leave.title"),
                getTranslation("accounts.leave.text"), getTranslation("accounts.leave.confirm"),
                confirmed -> leave.proceed(), getTranslation("accounts.leave.cancel"), cancelled -> { });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return account == null ? getTranslation("nav.accounts") : account.name();
    }

    private void show(AccountDetails details, boolean rereadPlan) {
        this.account = details;
        renderHeader();
        planTab.setVisible(details.hasPlanSection());
        if (!details.hasPlanSection() && tabs.getSelectedTab() == planTab) {
            tabs.setSelectedTab(dealsTab);
        }
        if (rereadPlan) {
            planForm.edit(details.plan());
        }
        noPlanYet.setVisible(details.plan() == null);
        historyGrid.setItems(details.ownerHistory());
        dealGrid.getDataProvider().refreshAll();
        contributed.forEach(content -> content.show(details.id()));
    }

    private void renderHeader() {
        header.removeAll();
        H2 title = new H2(account.name());
        title.setId("account-name");
        List<String> facts = new ArrayList<>();
        facts.add(getTranslation("accounts.class." + account.accountClass().name()));
        facts.add(getTranslation("accounts.type." + account.businessType().name()));
        facts.add(account.ownerStyle() == null ? getTranslation("accounts.owned-by", account.ownerName())
                : getTranslation("accounts.owned-by-style", account.ownerName(),
                        getTranslation("style." + account.ownerStyle().name())));
        if (account.city() != null) {
            facts.add(account.city());
        }
        if (account.industry() != null) {
            facts.add(account.industry());
        }
        if (account.externalId() != null) {
            facts.add(account.externalId());
        }
        Span summary = new Span(String.join(" · ", facts));
        summary.setId("account-summary");

        Div cards = new Div(new KpiCard(getTranslation("accounts.pipeline"), Money.format(account.openPipeline()),
                        getTranslation("accounts.pipeline.detail")),
                new KpiCard(getTranslation("accounts.won"), Money.format(account.wonThisYear()),
                        getTranslation("accounts.won.detail")));
        cards.addClassName("kpi-row");

        Button back = new Button(getTranslation("accounts.back"), VaadinIcon.ARROW_LEFT.create(),
                event -> UI.getCurrent().navigate(AccountsView.class));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button edit = new Button(getTranslation("accounts.edit"), VaadinIcon.EDIT.create(),
                event -> new AccountDialog(accounts, List.of(), account, saved -> show(saved, false)).open());
        edit.setId("edit-account");
        HorizontalLayout actions = new HorizontalLayout(back, edit);
        if (!user.isRep()) {
            Button reassign = new Button(getTranslation("accounts.reassign"), VaadinIcon.EXCHANGE.create(),
                    event -> new ReassignDialog(accounts, account, people.visibleReps(),
                            saved -> show(saved, false)).open());
            reassign.setId("reassign-account");
            actions.add(reassign);
        }
        actions.getChildren().forEach(button -> ((Button) button).setMinHeight("44px"));
        actions.setWrap(true);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        header.add(actions, title, summary, cards);
    }

    private void savePlan() {
        planForm.write().ifPresent(draft -> savePlan(new Edit<>(
                account.planVersion() == null ? Edit.NOT_SAVED_YET : account.planVersion(),
                AccountPlanDraft.of(account.plan()), draft)));
    }

    /** Saves what the user changed in the plan; a clash with a plan saved meanwhile is asked per field. */
    private void savePlan(Edit<AccountPlanDraft> edit) {
        try {
            AccountDetails saved = accounts.savePlan(account.id(), edit);
            FormErrors.success(getTranslation("accounts.plan.saved"));
            show(saved, true);
        } catch (RuleViolation violation) {
            planForm.showError(violation);
        } catch (AccountConflictException conflict) {
            AccountPlanDraft theirs = AccountPlanDraft.of(conflict.current().plan());
            Merge<AccountPlanDraft> merge = AccountPlanDraft.FIELDS.merge(edit.base(), edit.mine(), theirs);
            new FieldConflictDialog(getTranslation("accounts.plan.conflict.title"), conflict.conflicts(),
                    planForm.conflictLabels(), keepMine -> savePlan(
                            new Edit<>(conflict.currentVersion(), theirs, merge.resolve(keepMine)))).open();
        } catch (ConcurrentEditException conflict) {
            FormErrors.error(conflict.getMessage());
        }
    }

    private void configureDealGrid() {
        dealGrid.setId("account-deals");
        dealGrid.addColumn(DealRow::name).setHeader(getTranslation("deals.name")).setSortable(true)
                .setSortProperty("name").setFlexGrow(2);
        dealGrid.addColumn(row -> getTranslation("stage." + row.stage().name())).setHeader(getTranslation("deals.stage"))
                .setSortable(true).setSortProperty("stage");
        dealGrid.addColumn(row -> Money.format(row.amount())).setHeader(getTranslation("deals.amount"))
                .setTextAlign(ColumnTextAlign.END).setSortable(true).setSortProperty("amount");
        dealGrid.addColumn(row -> DATE.format(row.expectedCloseDate())).setHeader(getTranslation("deals.close"))
                .setSortable(true).setSortProperty("expectedCloseDate");
        dealGrid.addColumn(DealRow::ownerName).setHeader(getTranslation("accounts.owner"));
        dealGrid.setItems(query -> account == null ? java.util.stream.Stream.empty()
                        : deals.list(DealFilter.all().withAccount(account.id()), query.getOffset(), query.getLimit(),
                                newestFirstUnlessSorted(query.getSortOrders())).stream(),
                query -> account == null ? 0 : deals.count(DealFilter.all().withAccount(account.id())));
        dealGrid.setEmptyStateText(getTranslation("accounts.empty.deals"));
        dealGrid.addItemClickListener(event -> UI.getCurrent().navigate("deals/" + event.getItem().id()));
    }

    private void configureHistoryGrid() {
        historyGrid.setId("account-owner-history");
        historyGrid.addColumn(move -> day(move.at())).setHeader(getTranslation("accounts.history.when"))
                .setAutoWidth(true).setFlexGrow(0);
        historyGrid.addColumn(move -> move.fromName() == null ? getTranslation("accounts.history.first")
                : move.fromName()).setHeader(getTranslation("accounts.history.from"));
        historyGrid.addColumn(AccountDetails.OwnerMove::toName).setHeader(getTranslation("accounts.history.to"));
        historyGrid.addColumn(move -> move.byName() == null ? "—" : move.byName())
                .setHeader(getTranslation("accounts.history.by"));
        historyGrid.setAllRowsVisible(true);
        historyGrid.setEmptyStateText(getTranslation("accounts.empty.history"));
    }

    private String day(Instant at) {
        return DATE.format(LocalDate.ofInstant(at, clock.getZone()));
    }

    private static Sort newestFirstUnlessSorted(List<QuerySortOrder> orders) {
        return orders.isEmpty() ? Sort.by(Sort.Order.desc("expectedCloseDate")) : sortOf(orders);
    }

    private static Sort sortOf(List<QuerySortOrder> orders) {
        return Sort.by(orders.stream().map(order -> order.getDirection() == SortDirection.ASCENDING
                ? Sort.Order.asc(order.getSorted()) : Sort.Order.desc(order.getSorted())).toList());
    }
}
