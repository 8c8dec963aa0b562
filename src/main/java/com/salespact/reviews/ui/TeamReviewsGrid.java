package com.salespact.reviews.ui;

import com.salespact.base.ui.PaceBadge;
import com.salespact.reviews.RepReviews;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * The manager's team, rep by rep: pace this quarter, next review, last one held, open actions, and a button to the
 * next 1:1. Rows come in the order the service gives (who needs attention first), so nothing is sorted here.
 */
class TeamReviewsGrid extends Grid<RepReviews> {

    /** @param openNextOneOnOne opens (scheduling it if need be) the rep's next weekly 1:1 */
    TeamReviewsGrid(LongConsumer openNextOneOnOne) {
        setId("review-team");
        addColumn(RepReviews::repName).setHeader(getTranslation("dashboard.rep")).setWidth("7em").setFlexGrow(1);
        addComponentColumn(line -> new PaceBadge(line.pace(), line.attainment()))
                .setHeader(getTranslation("reviews.pace")).setKey("pace").setWidth("9em").setFlexGrow(0);
        addComponentColumn(line -> line.next() == null ? new Span(getTranslation("reviews.none-scheduled"))
                : new Span(ReviewLabels.kind(this, line.next().kind()) + " · "
                        + ReviewLabels.day(line.next().scheduledFor())))
                .setHeader(getTranslation("reviews.next")).setWidth("8em").setFlexGrow(3);
        addComponentColumn(line -> line.lastHeld() == null ? new Span("—")
                : new Div(new Span(ReviewLabels.day(line.lastHeld().scheduledFor()) + " "),
                        ReviewLabels.status(this, line.lastHeld())))
                .setHeader(getTranslation("reviews.last-held")).setWidth("9em").setFlexGrow(2);
        addColumn(RepReviews::openActions).setHeader(getTranslation("reviews.open-actions")).setWidth("5em")
                .setFlexGrow(0);
        addComponentColumn(line -> {
            Button open = new Button(getTranslation(line.next() == null ? "reviews.schedule-next" : "reviews.open"),
                    event -> openNextOneOnOne.accept(line.repId()));
            open.setId("open-next-" + line.repId());
            return open;
        }).setHeader(getTranslation("reviews.next-one-on-one")).setWidth("7em").setFlexGrow(0);
        setAllRowsVisible(true);
        // The widths add up to 45em, which fits a portrait tablet (736 px); longer texts wrap instead of being cut.
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    }

    void show(List<RepReviews> lines) {
        setItems(lines);
    }
}
