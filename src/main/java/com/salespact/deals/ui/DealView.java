package com.salespact.deals.ui;

import com.salespact.base.ui.MissingRecord;
import com.salespact.base.ui.UnsavedWork;
import com.salespact.deals.AccountChoice;
import com.salespact.deals.AccountService;
import com.salespact.deals.ClosingService;
import com.salespact.deals.DealChoice;
import com.salespact.deals.DealDetails;
import com.salespact.deals.DealDraft;
import com.salespact.deals.DealService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * One deal: edit, tick the checklist, move it on. A save over somebody else's newer change is refused and
 * explained; leaving with unsaved changes asks first.
 */
@Route("deals/:id")
@PermitAll
public class DealView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver, BeforeLeaveObserver, PageSubject {

    private final DealService deals;
    private final DealForm form;
    private final H2 title = new H2();
    private final DealChecklist checklist;
    private final StageHistory history;
    private final DealActions actions;
    private final UnsavedWork unsaved;
    private final Clock clock;
    private DealDetails shown;

    public DealView(DealService deals, ClosingService closings, AccountService accounts, Clock clock) {
        this.deals = deals;
        this.clock = clock;
        this.form = new DealForm(accounts);
        this.unsaved = form.keptOnDevice();
        this.actions = new DealActions(deals, closings, form, unsaved, this::show);
        this.checklist = new DealChecklist(deals, actions::ticked);
        this.history = new StageHistory(clock.getZone());
        setId("deal-view");
        addClassName("deal-view");

        Button back = new Button(getTranslation("deals.back"), VaadinIcon.ARROW_LEFT.create(),
                event -> UI.getCurrent().navigate(DealsView.class));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(back, title, form, actions, new H3(getTranslation("deals.checklist")), checklist,
                new H3(getTranslation("deals.history")), history);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("new");
        if ("new".equals(id)) {
            showNew();
            return;
        }
        Optional<DealDetails> deal;
        try {
            deal = parse(id).flatMap(deals::load);
        } catch (AccessDeniedException denied) {
            deal = Optional.empty();
        }
        if (deal.isEmpty()) {
            // Somebody else's deal looks exactly like a missing one: nothing is revealed.
            MissingRecord.reroute(event, getTranslation("deals.not-found"), DealsView.class,
                    getTranslation("nav.deals"));
            return;
        }
        show(deal.get());
    }

    private static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void showNew() {
        shown = null;
        title.setText(getTranslation("deals.new"));
        DealDraft draft = new DealDraft();
        draft.setExpectedCloseDate(LocalDate.now(clock).plusMonths(2));
        form.editNew(draft);
        unsaved.open("deal.new", getTranslation("deals.new"));
        actions.show(null);
        checklist.removeAll();
        history.removeAll();
    }

    private void show(DealDetails deal) {
        shown = deal;
        title.setText(deal.name());
        form.edit(DealDraft.of(deal), new AccountChoice(deal.accountId(), deal.accountName(), deal.ownerId()));
        unsaved.open("deal." + deal.id(), deal.name());
        actions.show(deal);
        checklist.show(deal);
        history.show(deal);
    }

    @Override
    public Optional<AccountChoice> subjectAccount() {
        return subjectDeal().map(DealChoice::account);
    }

    @Override
    public Optional<DealChoice> subjectDeal() {
        return Optional.ofNullable(shown).map(deal -> new DealChoice(deal.id(), deal.name(),
                new AccountChoice(deal.accountId(), deal.accountName(), deal.ownerId())));
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (form.hasChanges()) {
            BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("deals.leave.title"),
                    getTranslation("deals.leave.text"), getTranslation("deals.leave.confirm"), e -> {
                        unsaved.discard();
                        action.proceed();
                    },
                    getTranslation("deals.leave.cancel"), e -> { });
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.deal");
    }
}
