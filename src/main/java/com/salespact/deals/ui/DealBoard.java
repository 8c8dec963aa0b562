package com.salespact.deals.ui;

import com.salespact.base.Money;
import com.salespact.deals.DealFilter;
import com.salespact.deals.DealRow;
import com.salespact.deals.DealService;
import com.salespact.deals.Stage;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The open pipeline as columns by stage. Each column loads at most {@value #PER_COLUMN} cards (the list view and
 * search reach the rest), so a manager's board stays light.
 */
class DealBoard extends Div {

    static final int PER_COLUMN = 40;

    private final DealService deals;
    private final Clock clock;
    private final Consumer<DealRow> open;
    private final BiConsumer<DealRow, Stage> move;
    private final boolean showOwners;
    private DealFilter filter = DealFilter.open();

    DealBoard(DealService deals, Clock clock, boolean showOwners, Consumer<DealRow> open,
              BiConsumer<DealRow, Stage> move) {
        this.showOwners = showOwners;
        this.deals = deals;
        this.clock = clock;
        this.open = open;
        this.move = move;
        addClassName("deal-board");
        setId("deal-board");
    }

    void show(DealFilter newFilter) {
        this.filter = newFilter;
        refresh();
    }

    void refresh() {
        removeAll();
        for (Stage stage : Stage.openStages()) {
            add(column(stage));
        }
    }

    private Div column(Stage stage) {
        DealFilter stageFilter = filter.withStages(Set.of(stage));
        List<DealRow> rows = deals.list(stageFilter, 0, PER_COLUMN, null);
        int total = rows.size() < PER_COLUMN ? rows.size() : deals.count(stageFilter);
        BigDecimal sum = rows.stream().map(DealRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);

        Span title = new Span(getTranslation("stage." + stage.name()));
        title.addClassName("deal-column-title");
        Span summary = new Span(getTranslation("deals.column-total", total, Money.compact(sum)));
        summary.addClassName("deal-column-summary");
        Div header = new Div(title, summary);
        header.addClassName("deal-column-header");

        Div cards = new Div();
        cards.addClassName("deal-column-cards");
        rows.forEach(row -> cards.add(new DealCard(row, clock.instant(), showOwners, open,
                deal -> deal.stage().next().ifPresent(next -> move.accept(deal, next)))));
        if (total > rows.size()) {
            Span more = new Span(getTranslation("deals.more", rows.size(), total));
            more.addClassName("deal-column-more");
            cards.add(more);
        }

        Div column = new Div(header, cards);
        column.addClassName("deal-column");
        column.getElement().setAttribute("data-stage", stage.name());
        DropTarget<Div> target = DropTarget.create(column);
        target.setDropEffect(DropEffect.MOVE);
        target.addDropListener(event -> event.getDragData()
                .filter(DealRow.class::isInstance).map(DealRow.class::cast)
                .filter(deal -> deal.stage() != stage)
                .ifPresent(deal -> move.accept(deal, stage)));
        return column;
    }
}
