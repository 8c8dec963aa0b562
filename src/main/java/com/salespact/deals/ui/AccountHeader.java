package com.salespact.deals.ui;

import com.salespact.base.ui.UserFormats;
import com.salespact.base.ui.KpiCard;
import com.salespact.deals.AccountDetails;
import com.salespact.deals.AccountService;
import com.salespact.people.PeopleService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The account's name, what kind it is and who owns it, its pipeline and this year's wins, and the ways to change it:
 * edit, and reassign for those who may.
 */
class AccountHeader extends Div {

    private final AccountService accounts;
    private final PeopleService people;
    private final boolean mayReassign;
    private final Consumer<AccountDetails> changed;

    AccountHeader(AccountService accounts, PeopleService people, boolean mayReassign,
                  Consumer<AccountDetails> changed) {
        this.accounts = accounts;
        this.people = people;
        this.mayReassign = mayReassign;
        this.changed = changed;
        setWidthFull();
    }

    void show(AccountDetails account) {
        removeAll();
        H2 title = new H2(account.name());
        title.setId("account-name");
        Span summary = new Span(String.join(" · ", facts(account)));
        summary.setId("account-summary");

        Div cards = new Div(new KpiCard(getTranslation("accounts.pipeline"), UserFormats.current().money(account.openPipeline()),
                        getTranslation("accounts.pipeline.detail")),
                new KpiCard(getTranslation("accounts.won"), UserFormats.current().money(account.wonThisYear()),
                        getTranslation("accounts.won.detail")));
        cards.addClassName("kpi-row");

        Button back = new Button(getTranslation("accounts.back"), VaadinIcon.ARROW_LEFT.create(),
                event -> UI.getCurrent().navigate(AccountsView.class));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button edit = new Button(getTranslation("accounts.edit"), VaadinIcon.EDIT.create(),
                event -> new AccountDialog(accounts, List.of(), account, changed).open());
        edit.setId("edit-account");
        HorizontalLayout actions = new HorizontalLayout(back, edit);
        if (mayReassign) {
            Button reassign = new Button(getTranslation("accounts.reassign"), VaadinIcon.EXCHANGE.create(),
                    event -> new ReassignDialog(accounts, account, people.visibleReps(), changed).open());
            reassign.setId("reassign-account");
            actions.add(reassign);
        }
        actions.getChildren().forEach(button -> ((Button) button).setMinHeight("44px"));
        actions.setWrap(true);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        add(actions, title, summary, cards);
    }

    private List<String> facts(AccountDetails account) {
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
        return facts;
    }
}
