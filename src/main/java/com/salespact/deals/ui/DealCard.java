package com.salespact.deals.ui;

import com.salespact.base.ui.UserFormats;
import com.salespact.base.ui.Html;
import com.salespact.deals.DealRow;
import com.vaadin.flow.component.Component;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One deal on the board as markup: name, account (and owner for managers), amount, close date (red when overdue),
 * days in stage (red once stale for its stage), forecast badge and the arrow to the next stage. The board draws a column's cards as
 * one element and listens for taps and drops once for all of them ({@link DealBoard}): a card as a dozen components
 * cost over a kilobyte of session memory per element, and a manager's board shows dozens (issue 7: ≤ 100 KB per
 * signed-in user).
 */
final class DealCard {


    private DealCard() {
    }

    /** The card, every text escaped; {@code context} translates. */
    static String html(DealRow deal, Clock clock, boolean showOwner, Component context) {
        Instant now = clock.instant();
        String name = nameWithoutAccount(deal);
        String account = showOwner ? deal.accountName() + " · " + deal.ownerName() : deal.accountName();
        // The company's day (the clock's zone), not UTC's: a deal due today is not overdue at 23:30 in Berlin.
        boolean overdue = deal.isOverdue(LocalDate.now(clock));
        long age = deal.stageAgeDays(now);
        StringBuilder html = new StringBuilder(640)
                .append("<div class=\"deal-card\" draggable=\"true\" data-deal-id=\"").append(deal.id()).append("\">")
                .append("<div class=\"deal-card-body\">")
                .append(Html.span("deal-card-name", name))
                .append(Html.span("deal-card-account", account))
                .append("<div class=\"deal-card-meta\">")
                .append(Html.span("deal-card-amount", UserFormats.current().money(deal.amount())));
        if (overdue) {
            html.append("<span class=\"deal-card-close overdue\" title=\"")
                    .append(Html.escape(context.getTranslation("deals.overdue"))).append("\">")
                    .append(Html.escape(UserFormats.current().dayMonth(deal.expectedCloseDate()))).append("</span>");
        } else {
            html.append(Html.span("deal-card-close", UserFormats.current().dayMonth(deal.expectedCloseDate())));
        }
        html.append(Html.span(deal.isStale(now) ? "deal-card-age stale" : "deal-card-age",
                        context.getTranslation("deals.stage-age", age)))
                .append(forecastBadge(deal, context))
                .append("</div></div>");
        deal.stage().next().ifPresent(next -> {
            String label = Html.escape(context.getTranslation("deals.next", context.getTranslation("stage." + next.name())));
            html.append("<vaadin-button class=\"deal-card-next\" theme=\"tertiary\" aria-label=\"").append(label)
                    .append("\" title=\"").append(label)
                    .append("\"><vaadin-icon icon=\"vaadin:arrow-right\"></vaadin-icon></vaadin-button>");
        });
        return html.append("</div>").toString();
    }

    /**
     * The deal's name without its account in front ("Apex Consulting – Data Platform pilot" → "Data Platform pilot"),
     * where the account is shown anyway (the card's next line, the account page): what tells the deals apart is left.
     */
    static String nameWithoutAccount(DealRow deal) {
        String prefix = deal.accountName() + " – ";
        return deal.name().startsWith(prefix) && deal.name().length() > prefix.length()
                ? deal.name().substring(prefix.length()) : deal.name();
    }

    /** The deal's forecast category as a coloured badge (also in the deal list). */
    static String forecastBadge(DealRow deal, Component context) {
        return Html.span("forecast-badge forecast-" + deal.forecastCategory().name().toLowerCase(Locale.ROOT),
                context.getTranslation("forecast." + deal.forecastCategory().name()));
    }
}
