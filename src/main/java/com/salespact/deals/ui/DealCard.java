package com.salespact.deals.ui;

import com.salespact.base.Money;
import com.salespact.deals.DealRow;
import com.salespact.deals.Stage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

/** One deal on the board: tap to open, tap the arrow to move it on, or drag it to another column. */
class DealCard extends Div implements DragSource<DealCard> {

    private static final DateTimeFormatter CLOSE = DateTimeFormatter.ofPattern("d MMM");

    private final DealRow deal;

    DealCard(DealRow deal, Instant now, boolean showOwner, Consumer<DealRow> open, Consumer<DealRow> advance) {
        this.deal = deal;
        addClassName("deal-card");
        getElement().setAttribute("data-deal-id", String.valueOf(deal.id()));
        setDraggable(true);
        setDragData(deal);

        // Deal names usually start with the account, which the next line shows anyway.
        String prefix = deal.accountName() + " – ";
        Span name = new Span(deal.name().startsWith(prefix) && deal.name().length() > prefix.length()
                ? deal.name().substring(prefix.length()) : deal.name());
        name.addClassName("deal-card-name");
        Span account = new Span(showOwner ? deal.accountName() + " · " + deal.ownerName() : deal.accountName());
        account.addClassName("deal-card-account");
        Span amount = new Span(Money.format(deal.amount()));
        amount.addClassName("deal-card-amount");
        Span close = new Span(CLOSE.format(deal.expectedCloseDate()));
        if (deal.stage().isOpen() && deal.expectedCloseDate().isBefore(java.time.LocalDate.ofInstant(now, java.time.ZoneOffset.UTC))) {
            close.addClassName("overdue");
            close.setTitle(getTranslation("deals.overdue"));
        }
        Span age = new Span(getTranslation("deals.stage-age", deal.stageAgeDays(now)));
        age.addClassName("deal-card-age");
        if (deal.stageAgeDays(now) > 30) {
            age.addClassName("stale");
        }
        Span forecast = new Span(getTranslation("forecast." + deal.forecastCategory().name()));
        forecast.addClassNames("forecast-badge", "forecast-" + deal.forecastCategory().name().toLowerCase());
        Div meta = new Div(amount, close, age, forecast);
        meta.addClassName("deal-card-meta");
        Div body = new Div(name, account, meta);
        body.addClassName("deal-card-body");
        body.addClickListener(event -> open.accept(deal));
        add(body);

        deal.stage().next().ifPresent(next -> {
            Button move = new Button(VaadinIcon.ARROW_RIGHT.create(), event -> advance.accept(deal));
            move.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            move.addClassName("deal-card-next");
            move.setAriaLabel(getTranslation("deals.next", getTranslation("stage." + next.name())));
            move.setTooltipText(getTranslation("deals.next", getTranslation("stage." + next.name())));
            add(move);
        });
    }

    DealRow deal() {
        return deal;
    }

    Stage stage() {
        return deal.stage();
    }
}
