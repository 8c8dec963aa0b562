package com.salespact.deals.ui;

import com.salespact.base.ui.UserFormats;
import com.salespact.base.ui.Html;
import com.salespact.deals.DealFilter;
import com.salespact.deals.DealRow;
import com.salespact.deals.DealService;
import com.vaadin.flow.component.html.Div;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;

/**
 * The deals list: one page of {@value #PAGE_SIZE} deals as one element holding a {@code <table>} of escaped
 * markup, where a Grid's columns, selection model and data communicator cost a user more than the 100 KB budget
 * (issue 7, decision 008). It has no server listeners at all: each deal name is a link to the deal (stretched over
 * its row by CSS, so a tap anywhere on the row opens it), and sorting and paging are links that set the URL's
 * {@code sort}, {@code dir} and {@code page}, which {@link DealsView} hands back through {@link #restore}. Links
 * to deals go through the deal page's own access check. Nothing but the markup is kept.
 */
final class DealList extends Div {

    static final int PAGE_SIZE = 20;
    /** URL sort keys, the properties DealService sorts by: what the grid let users sort. */
    static final List<String> SORT_KEYS = List.of("name", "stage", "amount", "expectedCloseDate");
    /** DealService's own order when unsorted: soonest close first. */
    private static final String DEFAULT_SORT = "expectedCloseDate";

    private final DealService deals;
    private final Clock clock;
    private final boolean showOwners;
    private String sortKey = DEFAULT_SORT;
    private boolean descending;
    private int page = 1;

    DealList(DealService deals, Clock clock, boolean showOwners) {
        this.deals = deals;
        this.clock = clock;
        this.showOwners = showOwners;
        setId("deal-list");
        addClassNames("deal-list", "html-table");
    }

    /** Sort and page from the URL; anything unknown or malformed falls back to the default (never throws). */
    void restore(String sort, String dir, String pageNumber) {
        sortKey = sort != null && SORT_KEYS.contains(sort) ? sort : DEFAULT_SORT;
        descending = "desc".equals(dir);
        page = 1;
        if (pageNumber != null) {
            try {
                page = Math.max(1, Integer.parseInt(pageNumber.trim()));
            } catch (NumberFormatException notANumber) {
                // stays on the first page
            }
        }
    }

    /** A new search or owner shows its first page. */
    void firstPage() {
        page = 1;
    }

    /** The list's order, for the CSV export (ties by id, as DealService adds). */
    Sort sort() {
        return Sort.by(descending ? Sort.Order.desc(sortKey) : Sort.Order.asc(sortKey));
    }

    /** The URL parameters of the list's state that differ from the default. */
    Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        if (!sortKey.equals(DEFAULT_SORT) || descending) {
            params.put("sort", sortKey);
        }
        if (descending) {
            params.put("dir", "desc");
        }
        if (page > 1) {
            params.put("page", String.valueOf(page));
        }
        return params;
    }

    /** Hidden while the board is shown, without its markup; {@link #show} draws it again (sort and page kept). */
    void hide() {
        setVisible(false);
        getElement().setProperty("innerHTML", "");
    }

    /**
     * Shows the list and draws the current page (clamped to the last one), redrawing only when the markup changed.
     * {@code query}: the page's other URL parameters (layout, search, owner), kept by every link.
     */
    void show(DealFilter filter, Map<String, String> query) {
        setVisible(true);
        int total = deals.count(filter);
        page = Math.min(page, Math.max(1, Math.ceilDiv(total, PAGE_SIZE)));
        List<DealRow> rows = total == 0 ? List.of() : deals.list(filter, (page - 1) * PAGE_SIZE, PAGE_SIZE, sort());
        String markup = html(rows, total, query, clock.instant());
        if (!markup.equals(getElement().getProperty("innerHTML"))) {
            getElement().setProperty("innerHTML", markup);
        }
    }

    private String html(List<DealRow> rows, int total, Map<String, String> query, Instant now) {
        StringBuilder html = new StringBuilder(1024 + 560 * rows.size()).append("<table><thead><tr>");
        header(html, "deals.name", "name", "", query);
        if (showOwners) {
            html.append("<th scope=\"col\" class=\"deal-list-owner\">")
                    .append(Html.escape(getTranslation("deals.owner"))).append("</th>");
        }
        header(html, "deals.stage", "stage", "", query);
        header(html, "deals.amount", "amount", "num", query);
        header(html, "deals.close", "expectedCloseDate", "deal-list-close", query);
        html.append("</tr></thead><tbody>");
        rows.forEach(row -> row(html, row, now));
        if (rows.isEmpty()) {
            html.append("<tr><td class=\"deal-list-empty\" colspan=\"").append(showOwners ? 5 : 4).append("\">")
                    .append(Html.escape(getTranslation("deals.list-empty"))).append("</td></tr>");
        }
        html.append("</tbody></table>");
        if (total > 0) {
            pager(html, total, query);
        }
        return html.toString();
    }

    /** A sortable header: a link to this column's order, ascending first, the other way when already sorted by it. */
    private void header(StringBuilder html, String label, String key, String className, Map<String, String> query) {
        boolean sorted = key.equals(sortKey);
        Map<String, String> params = new LinkedHashMap<>(query);
        params.put("sort", key);
        if (sorted && !descending) {
            params.put("dir", "desc");
        }
        html.append("<th scope=\"col\"");
        if (!className.isEmpty()) {
            html.append(" class=\"").append(className).append('"');
        }
        if (sorted) {
            html.append(" aria-sort=\"").append(descending ? "descending" : "ascending").append('"');
        }
        html.append("><a href=\"").append(Html.escape(DealsNavigation.dealsHref(params))).append("\" router-link>")
                .append(Html.escape(getTranslation(label)));
        if (sorted) {
            html.append("<span class=\"deal-list-arrow\" aria-hidden=\"true\">")
                    .append(descending ? "&#9660;" : "&#9650;").append("</span>");
        }
        html.append("</a></th>");
    }

    private void row(StringBuilder html, DealRow row, Instant now) {
        html.append("<tr><td><div class=\"deal-cell\"><a class=\"deal-list-open\" href=\"").append(DealsNavigation.dealHref(row.id()))
                .append("\" router-link>").append(Html.escape(row.name())).append("</a>")
                .append(Html.span("deal-list-account", row.accountName())).append("</div></td>");
        if (showOwners) {
            html.append("<td class=\"deal-list-owner\">").append(Html.escape(row.ownerName())).append("</td>");
        }
        html.append("<td><div class=\"deal-cell\">")
                .append(Html.span("deal-list-stage", getTranslation("stage." + row.stage().name())))
                .append(DealCard.forecastBadge(row, this))
                .append("</div></td><td class=\"num\">").append(Html.escape(UserFormats.current().money(row.amount())))
                .append("</td><td class=\"deal-list-close\"><div class=\"deal-cell\">")
                .append(Html.span("deal-list-date", UserFormats.current().date(row.expectedCloseDate())))
                .append(Html.span("deal-list-age", getTranslation("deals.stage-age", row.stageAgeDays(now))))
                .append("</div></td></tr>");
    }

    /** "21–40 of 312" with previous and next links; a link at an end is drawn disabled (no href). */
    private void pager(StringBuilder html, int total, Map<String, String> query) {
        int pages = Math.ceilDiv(total, PAGE_SIZE);
        int from = (page - 1) * PAGE_SIZE + 1;
        html.append("<nav class=\"deal-list-pager\" aria-label=\"").append(Html.escape(getTranslation("deals.list-pages")))
                .append("\">").append(Html.span("deal-list-range",
                        getTranslation("deals.list-range", from, Math.min(total, page * PAGE_SIZE), total)));
        pageLink(html, "deal-list-previous", "deals.list-previous", page > 1 ? page - 1 : 0, query);
        pageLink(html, "deal-list-next", "deals.list-next", page < pages ? page + 1 : 0, query);
        html.append("</nav>");
    }

    /** A link to page {@code target}, or a disabled one when {@code target} is 0. */
    private void pageLink(StringBuilder html, String className, String label, int target, Map<String, String> query) {
        html.append("<a class=\"").append(className).append('"');
        if (target == 0) {
            html.append(" aria-disabled=\"true\"");
        } else {
            Map<String, String> params = new LinkedHashMap<>(query);
            params.putAll(params());
            params.remove("page");
            if (target > 1) {
                params.put("page", String.valueOf(target));
            }
            html.append(" href=\"").append(Html.escape(DealsNavigation.dealsHref(params))).append("\" router-link");
        }
        html.append('>').append(Html.escape(getTranslation(label))).append("</a>");
    }

}
