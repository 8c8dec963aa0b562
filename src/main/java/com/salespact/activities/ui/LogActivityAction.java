package com.salespact.activities.ui;

import com.salespact.activities.ActivityService;
import com.salespact.base.ui.ShellAction;
import com.salespact.deals.AccountService;
import com.salespact.deals.DealService;
import com.salespact.deals.ui.PageSubject;
import com.salespact.security.CurrentUser;
import com.salespact.security.SignedInUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Clock;
import java.util.Optional;

/** The floating "Log" button on every page for reps. */
@org.springframework.stereotype.Component
class LogActivityAction implements ShellAction {

    private final ActivityService activities;
    private final AccountService accounts;
    private final DealService deals;
    private final CurrentUser currentUser;
    private final Clock clock;

    LogActivityAction(ActivityService activities, AccountService accounts, DealService deals, CurrentUser currentUser,
                      Clock clock) {
        this.activities = activities;
        this.accounts = accounts;
        this.deals = deals;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public Optional<Component> create() {
        SignedInUser user = currentUser.require();
        if (!user.isRep()) {
            return Optional.empty();
        }
        Button log = new Button(UI.getCurrent().getTranslation("activities.log"), VaadinIcon.PLUS.create());
        log.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        log.addClassName("log-fab");
        log.setId("log-fab");
        log.addClickListener(event -> new LogActivityDialog(activities, accounts, deals, user.personId(), clock,
                currentPage(), () -> ActivityLogged.fire(UI.getCurrent())).open());
        return Optional.of(log);
    }

    /** What the page shown is about (a deal, an account), or nothing. */
    private static PageSubject currentPage() {
        return UI.getCurrent().getCurrentView() instanceof PageSubject subject ? subject : Optional::empty;
    }
}
