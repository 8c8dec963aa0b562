package com.salespact.deals.ui;

import com.salespact.base.Money;
import com.salespact.deals.DealRow;
import com.salespact.deals.Stage;
import com.vaadin.flow.component.html.Div;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * One deal on the board: tap to open, tap the arrow to move it on, or drag it to another column.
 * <p>
 * Rendered as <em>one</em> server-side element whose content is escaped HTML and without listeners of its own: the
 * board listens for taps and drops once for all its cards ({@link DealBoard}). A card built from a dozen components
 * with its own listeners cost over a kilobyte of session memory per element, and a manager's board holds dozens of
 * cards per user (issue 7: ≤ 100 KB per signed-in user).
 */
class DealCard extends Div {

    private static final DateTimeFormatter CLOSE = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private final DealRow deal;
    private final LocalDate shownOn;

    DealCard(DealRow deal, Instant now, boolean showOwner) {
        this.deal = deal;
        this.shownOn = LocalDate.ofInstant(now, ZoneOffset.UTC);
        addClassName("deal-card");
        getElement().setAttribute("data-deal-id", String.valueOf(deal.id()));
        getElement().setAttribute("draggable", "true");
        getElement().setProperty("innerHTML", html(now, showOwner));
    }

    private String html(Instant now, boolean showOwner) {
        // Deal names usually start with the account, which the next line shows anyway.
        String prefix = deal.accountName() + " – ";
        String name = deal.name().startsWith(prefix) && deal.name().length() > prefix.length()
                ? deal.name().substring(prefix.length()) : deal.name();
        String account = showOwner ? deal.accountName() + " · " + deal.ownerName() : deal.accountName();
        boolean overdue = deal.stage().isOpen() && deal.expectedCloseDate().isBefore(shownOn);
        long age = deal.stageAgeDays(now);
        StringBuilder html = new StringBuilder(512)
                .append("<div class=\"deal-card-body\">")
                .append(span("deal-card-name", name, null))
                .append(span("deal-card-account", account, null))
                .append("<div class=\"deal-card-meta\">")
                .append(span("deal-card-amount", Money.format(deal.amount()), null))
                .append(span(overdue ? "deal-card-close overdue" : "deal-card-close",
                        CLOSE.format(deal.expectedCloseDate()), overdue ? getTranslation("deals.overdue") : null))
                .append(span(age > 30 ? "deal-card-age stale" : "deal-card-age",
                        getTranslation("deals.stage-age", age), null))
                .append(span("forecast-badge forecast-" + deal.forecastCategory().name().toLowerCase(Locale.ROOT),
                        getTranslation("forecast." + deal.forecastCategory().name()), null))
                .append("</div></div>");
        deal.stage().next().ifPresent(next -> {
            String label = escape(getTranslation("deals.next", getTranslation("stage." + next.name())));
            html.append("<vaadin-button class=\"deal-card-next\" theme=\"tertiary\" aria-label=\"").append(label)
                    .append("\" title=\"").append(label)
                    .append("\"><vaadin-icon icon=\"vaadin:arrow-right\"></vaadin-icon></vaadin-button>");
        });
        return html.toString();
    }

    private static String span(String className, String text, String title) {
        return "<span class=\"" + className + "\"" + (title == null ? "" : " title=\"" + escape(title) + "\"") + ">"
                + escape(text) + "</span>";
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    DealRow deal() {
        return deal;
    }

    Stage stage() {
        return deal.stage();
    }

    /** Whether this card still shows {@code row} as it would be drawn today (so the board can keep it). */
    boolean shows(DealRow row, Instant now) {
        return deal.equals(row) && shownOn.equals(LocalDate.ofInstant(now, ZoneOffset.UTC));
    }
}
