package com.salespact.reviews.ui;

import com.salespact.base.ui.Html;
import com.salespact.base.ui.HtmlTable;
import com.salespact.base.ui.PaceBadge;
import com.salespact.base.ui.UserFormats;
import com.salespact.pact.query.CommitmentActual;
import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * The columns every table of the manager's commitments shares (a review's and the team view): what was promised for
 * the period, what was due by the day, what was done, and the pace colour of the one rule.
 */
final class CommitmentColumns {

    private CommitmentColumns() {
    }

    static <T> HtmlTable<T> addTo(HtmlTable<T> table, Component context, Function<T, CommitmentActual> commitment) {
        return table
                .addColumn(context.getTranslation("commitments.commitment"), row -> commitment.apply(row).description())
                .addNumberColumn(context.getTranslation("commitments.promised"),
                        row -> plain(commitment.apply(row).monthTarget()))
                .addNumberColumn(context.getTranslation("commitments.due"), row -> plain(commitment.apply(row).dueByNow()))
                .addNumberColumn(context.getTranslation("commitments.done"), row -> plain(commitment.apply(row).actual()))
                .addMarkupColumn(context.getTranslation("commitments.pace"), row -> {
                    CommitmentActual c = commitment.apply(row);
                    return c.measured() ? PaceBadge.html(context, c.pace(), c.attainment())
                            : Html.escape(context.getTranslation("commitments.not-measured"));
                });
    }

    private static String plain(BigDecimal value) {
        return value == null ? "—" : UserFormats.current().number(value, 2);
    }
}
