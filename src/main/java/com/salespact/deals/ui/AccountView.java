package com.salespact.deals.ui;

import com.salespact.base.ui.MissingRecord;
import com.salespact.deals.AccountChoice;
import com.salespact.deals.AccountDetails;
import com.salespact.deals.AccountService;
import com.salespact.deals.DealService;
import com.salespact.people.PeopleService;
import com.salespact.security.CurrentUser;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * One account: who owns it and what kind it is, its deals, recent activities, the account plan (A and B accounts)
 * and the history of its owners. Managers and admins reassign it here. Somebody else's account is "not found".
 */
@Route("accounts/:id")
@PermitAll
public class AccountView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle,
        PageSubject {

    private final AccountService accounts;
    private final AccountHeader header;
    final TabSheet tabs = new TabSheet();
    final AccountDealsGrid dealGrid;
    private final List<AccountTab.Content> contributed = new ArrayList<>();
    final OwnerHistoryGrid historyGrid;
    final AccountPlanSection plan;
    final Tab dealsTab;
    final Tab planTab;
    final Tab historyTab;
    private AccountDetails account;

    public AccountView(AccountService accounts, DealService deals, PeopleService people, CurrentUser currentUser,
                       Clock clock, List<AccountTab> otherTabs) {
        this.accounts = accounts;
        setId("account-view");
        setSizeFull();
        header = new AccountHeader(accounts, people, !currentUser.require().isRep(), saved -> show(saved, false));
        dealGrid = new AccountDealsGrid(deals, this::accountId);
        historyGrid = new OwnerHistoryGrid(clock.getZone());
        plan = new AccountPlanSection(accounts, saved -> show(saved, true));

        dealsTab = tabs.add(getTranslation("accounts.tab.deals"), dealGrid);
        for (AccountTab tab : otherTabs) {
            AccountTab.Content content = tab.create();
            contributed.add(content);
            tabs.add(getTranslation(tab.titleKey()), content.component());
        }
        planTab = tabs.add(getTranslation("accounts.tab.plan"), plan);
        historyTab = tabs.add(getTranslation("accounts.tab.history"), historyGrid);
        tabs.setSizeFull();
        tabs.setId("account-tabs");
        add(header, tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<AccountDetails> found = event.getRouteParameters().get("id").flatMap(this::load);
        if (found.isEmpty()) {
            MissingRecord.reroute(event, getTranslation("accounts.not-found"), AccountsView.class,
                    getTranslation("nav.accounts"));
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
        if (account == null || !planTab.isVisible() || !plan.form.hasChanges()) {
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

    @Override
    public Optional<AccountChoice> subjectAccount() {
        return Optional.ofNullable(account).map(shown -> new AccountChoice(shown.id(), shown.name(), shown.ownerId()));
    }

    private Long accountId() {
        return account == null ? null : account.id();
    }

    /** @param rereadPlan show the stored plan (false keeps what is typed in it) */
    private void show(AccountDetails details, boolean rereadPlan) {
        this.account = details;
        header.show(details);
        planTab.setVisible(details.hasPlanSection());
        if (!details.hasPlanSection() && tabs.getSelectedTab() == planTab) {
            tabs.setSelectedTab(dealsTab);
        }
        plan.show(details, rereadPlan);
        historyGrid.setItems(details.ownerHistory());
        dealGrid.getDataProvider().refreshAll();
        contributed.forEach(content -> content.show(details.id()));
    }
}
