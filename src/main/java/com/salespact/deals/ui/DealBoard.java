package com.salespact.deals.ui;

import com.salespact.base.ui.UserFormats;
import com.salespact.base.ui.Html;
import com.salespact.deals.DealFilter;
import com.salespact.deals.DealRow;
import com.salespact.deals.Stage;
import com.salespact.deals.query.BoardQuery;
import com.vaadin.flow.component.html.Div;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * The open pipeline as columns by stage. Each column shows the first {@value #PER_COLUMN} cards and a "show more"
 * button for the next ones (the list view and search reach everything), so a manager's board stays light.
 * <p>
 * Each column is one element of markup (header, {@link DealCard}s, "show more"); a refresh (after a move here or a
 * live change elsewhere) redraws only the columns whose content changed.
 * <p>
 * The board listens once for all cards: a tap reports the card's deal id and whether it hit the arrow; a drop
 * (HTML5 drag and drop for a mouse, {@link #DRAG_AND_DROP}; pointer events for a finger or pen, {@link #TOUCH_DRAG})
 * reports the deal id and the column's stage,
 * or WON / LOST for the two close zones above the columns (closing then asks for confirmation, see DealsView).
 * Ids from the browser are only looked up among the cards this board shows, never loaded by id.
 */
class DealBoard extends Div {

    static final int PER_COLUMN = 12;
    /**
     * Event data of a tap: the tapped card's deal id and whether the tap hit its arrow button, or the stage whose
     * "show more" was tapped.
     */
    static final String TAPPED_DEAL = "event.target.closest('.deal-card')?.dataset.dealId";
    static final String ON_ARROW = "!!event.target.closest('.deal-card-next')";
    static final String MORE_OF =
            "event.target.closest('.deal-column-more') && event.target.closest('.deal-column').dataset.stage";
    static final String TAP_TARGET = "!!event.target.closest('.deal-card, .deal-column-more')";
    static final String DROPPED_DEAL = "event.detail.deal";
    static final String DROP_STAGE = "event.detail.stage";
    /** Browser side of dragging a card to a column: carries the deal id, marks the column, reports the drop. */
    private static final String DRAG_AND_DROP = """
            const board = $0;
            if (board.__dealDragAndDrop) return;
            board.__dealDragAndDrop = true;
            const type = 'application/x-salespact-deal';
            const columnOf = e => e.target.closest && e.target.closest('.deal-column, .deal-close-zone');
            board.addEventListener('dragstart', e => {
              const card = e.target.closest && e.target.closest('.deal-card');
              if (card) { e.dataTransfer.setData(type, card.dataset.dealId); e.dataTransfer.effectAllowed = 'move'; }
            });
            board.addEventListener('dragover', e => {
              const column = columnOf(e);
              if (column && e.dataTransfer.types.includes(type)) {
                e.preventDefault(); e.dataTransfer.dropEffect = 'move'; column.setAttribute('drag-over', '');
              }
            });
            board.addEventListener('dragleave', e => { const column = columnOf(e); if (column) column.removeAttribute('drag-over'); });
            board.addEventListener('drop', e => {
              const column = columnOf(e);
              const deal = e.dataTransfer.getData(type);
              board.querySelectorAll('[drag-over]').forEach(c => c.removeAttribute('drag-over'));
              if (column && deal) {
                e.preventDefault();
                board.dispatchEvent(new CustomEvent('deal-drop', {detail: {deal: deal, stage: column.dataset.stage}}));
              }
            });
            """;
    /**
     * Browser side of dragging a card with a finger or pen, where HTML5 drag never starts: pointer events carry a
     * copy of the card under the finger and report the drop like a mouse drop. A sideways move lifts the card at once
     * (cards leave sideways moves to the page, see the CSS, and the board keeps them from swiping the browser back);
     * holding the card still for a moment lifts it too, and then up and down move it rather than scroll, to reach
     * the Won and Lost zones. A tap stays a tap.
     */
    private static final String TOUCH_DRAG = """
            const board = $0;
            if (board.__dealTouchDrag) return;
            board.__dealTouchDrag = true;
            const SLOP = 8, HOLD_MS = 350;
            let drag = null, quietUntil = 0;
            const targetAt = (x, y) => {
              const under = document.elementFromPoint(x, y);
              const column = under && under.closest('.deal-column, .deal-close-zone');
              return column && board.contains(column) ? column : null;
            };
            const mark = column => {
              board.querySelectorAll('[drag-over]').forEach(c => { if (c !== column) c.removeAttribute('drag-over'); });
              if (column) column.setAttribute('drag-over', '');
            };
            const lift = () => {
              const box = drag.card.getBoundingClientRect();
              const ghost = drag.card.cloneNode(true);
              ghost.classList.add('deal-card-ghost');
              ghost.removeAttribute('data-deal-id');
              ghost.style.width = box.width + 'px';
              drag.dx = drag.x - box.left; drag.dy = drag.y - box.top;
              document.body.appendChild(ghost);
              drag.ghost = ghost;
              drag.card.classList.add('deal-card-lifted');
              try { drag.card.setPointerCapture(drag.id); } catch (e) { /* already released */ }
            };
            const follow = (x, y) => {
              drag.ghost.style.transform = `translate(${x - drag.dx}px, ${y - drag.dy}px)`;
              mark(targetAt(x, y));
            };
            const end = (event, dropped) => {
              if (!drag || event.pointerId !== drag.id) return;
              const done = drag; drag = null;
              clearTimeout(done.hold);
              if (!done.ghost) return;
              done.ghost.remove();
              done.card.classList.remove('deal-card-lifted');
              mark(null);
              quietUntil = Date.now() + 500;
              const column = dropped && targetAt(event.clientX, event.clientY);
              if (column) {
                board.dispatchEvent(new CustomEvent('deal-drop',
                    {detail: {deal: done.card.dataset.dealId, stage: column.dataset.stage}}));
              }
            };
            board.addEventListener('pointerdown', e => {
              if (e.pointerType === 'mouse' || !e.isPrimary || drag) return;
              const card = e.target.closest && e.target.closest('.deal-card[data-deal-id]');
              if (!card || e.target.closest('.deal-card-next')) return;
              drag = {card, id: e.pointerId, x: e.clientX, y: e.clientY, ghost: null};
              const pressed = drag;
              drag.hold = setTimeout(() => { if (drag === pressed && !drag.ghost) { lift(); follow(drag.x, drag.y); } },
                  HOLD_MS);
            });
            board.addEventListener('pointermove', e => {
              if (!drag || e.pointerId !== drag.id) return;
              if (!drag.ghost) {
                const dx = e.clientX - drag.x, dy = e.clientY - drag.y;
                if (Math.hypot(dx, dy) < SLOP) return;
                clearTimeout(drag.hold);
                if (Math.abs(dx) < Math.abs(dy)) { drag = null; return; }
                lift();
              }
              e.preventDefault();
              follow(e.clientX, e.clientY);
            });
            board.addEventListener('pointerup', e => end(e, true));
            board.addEventListener('pointercancel', e => end(e, false));
            // Once lifted, the finger moves the card, not the page; no menu for the long press either.
            board.addEventListener('touchmove', e => { if (drag && drag.ghost) e.preventDefault(); }, {passive: false});
            board.addEventListener('contextmenu', e => { if (drag) e.preventDefault(); });
            // The tap a finished drag could still produce opens nothing.
            board.addEventListener('click', e => {
              if (Date.now() < quietUntil) { e.stopPropagation(); e.preventDefault(); }
            }, true);
            """;

    private final BoardQuery board;
    private final Clock clock;
    private final Consumer<DealRow> open;
    private final BiConsumer<DealRow, Stage> move;
    private final boolean showOwners;
    private final Map<Stage, Column> columns = new EnumMap<>(Stage.class);
    private DealFilter filter = DealFilter.open();

    DealBoard(BoardQuery board, Clock clock, boolean showOwners, Consumer<DealRow> open,
              BiConsumer<DealRow, Stage> move) {
        this.showOwners = showOwners;
        this.board = board;
        this.clock = clock;
        this.open = open;
        this.move = move;
        addClassName("deal-board");
        setId("deal-board");
        add(closeZones());
        for (Stage stage : Stage.openStages()) {
            Column column = new Column(stage);
            columns.put(stage, column);
            add(column);
        }
        getElement().addEventListener("click", event -> tapped(event.getEventData()))
                .addEventData(TAPPED_DEAL).addEventData(ON_ARROW).addEventData(MORE_OF).setFilter(TAP_TARGET);
        getElement().addEventListener("deal-drop", event -> dropped(event.getEventData()))
                .addEventData(DROPPED_DEAL).addEventData(DROP_STAGE);
        addAttachListener(event -> {
            getElement().executeJs(DRAG_AND_DROP);
            getElement().executeJs(TOUCH_DRAG);
        });
    }

    /** A tap on a card (open it, or move it on when the arrow was hit) or on a column's "show more". */
    private void tapped(JsonNode data) {
        String moreOf = data.path(MORE_OF).asString("");
        columns.forEach((stage, column) -> {
            if (stage.name().equals(moreOf)) {
                column.more();
            }
        });
        shown(data.path(TAPPED_DEAL).asString("")).ifPresent(deal -> {
            if (data.path(ON_ARROW).asBoolean(false)) {
                deal.stage().next().ifPresent(next -> move.accept(deal, next));
            } else {
                open.accept(deal);
            }
        });
    }

    /** A card dropped on another open stage's column, or on the Won or Lost zone. */
    private void dropped(JsonNode data) {
        String stage = data.path(DROP_STAGE).asString("");
        shown(data.path(DROPPED_DEAL).asString(""))
                .filter(deal -> java.util.Arrays.stream(Stage.values()).anyMatch(target -> target.name().equals(stage)))
                .filter(deal -> !deal.stage().name().equals(stage))
                .ifPresent(deal -> move.accept(deal, Stage.valueOf(stage)));
    }

    /** The deal of a card this board shows, by the id the browser reported; empty for anything else. */
    private Optional<DealRow> shown(String dealId) {
        return columns.values().stream().flatMap(column -> column.rows.stream())
                .filter(deal -> String.valueOf(deal.id()).equals(dealId)).findFirst();
    }

    /** Drop targets for closing, one element of markup (a tablet's finger has the arrow, or the deal page). */
    private Div closeZones() {
        Div zones = new Div();
        zones.addClassName("deal-close-zones");
        zones.getElement().setProperty("innerHTML", zone(Stage.WON) + zone(Stage.LOST));
        return zones;
    }

    private String zone(Stage stage) {
        return "<div class=\"deal-close-zone deal-close-" + stage.name().toLowerCase(java.util.Locale.ROOT)
                + "\" data-stage=\"" + stage.name() + "\">"
                + Html.escape(getTranslation("deals.closing.drop-" + stage.name().toLowerCase(java.util.Locale.ROOT)))
                + "</div>";
    }

    /** The deals on the board, by stage, in the order shown. */
    Map<Stage, List<DealRow>> shownDeals() {
        Map<Stage, List<DealRow>> shown = new EnumMap<>(Stage.class);
        columns.forEach((stage, column) -> shown.put(stage, column.rows));
        return shown;
    }

    /** A column's element (its markup is redrawn only when what the column shows changes). */
    Div columnOf(Stage stage) {
        return columns.get(stage);
    }

    /** Whether the column has more deals than it shows ("show more"). */
    boolean hasMore(Stage stage) {
        return columns.get(stage).hasMore;
    }

    void show(DealFilter newFilter) {
        if (!newFilter.equals(filter)) {
            columns.values().forEach(Column::collapse);
        }
        this.filter = newFilter;
        refresh();
    }

    /** Re-reads the whole board in one query and redraws what changed. */
    void refresh() {
        Map<Stage, Integer> limits = new EnumMap<>(Stage.class);
        columns.forEach((stage, column) -> limits.put(stage, column.limit));
        board.board(filter, limits).forEach(data -> columns.get(data.stage()).show(data));
    }

    /** One stage as one element: header (count, amount), the cards and "show more", all markup. */
    private final class Column extends Div {
        private final String title;
        private List<DealRow> rows = List.of();
        private int limit = PER_COLUMN;
        private boolean hasMore;

        Column(Stage stage) {
            title = getTranslation("stage." + stage.name());
            addClassName("deal-column");
            getElement().setAttribute("data-stage", stage.name());
        }

        void collapse() {
            limit = PER_COLUMN;
        }

        void more() {
            if (hasMore) {
                limit += PER_COLUMN;
                DealBoard.this.refresh();
            }
        }

        /** Redraws the column only when what it shows changed (deals, totals, or the day for ages and overdue). */
        void show(BoardQuery.Column data) {
            int next = Math.min(PER_COLUMN, data.deals() - data.rows().size());
            StringBuilder html = new StringBuilder(256 + 640 * data.rows().size())
                    .append("<div class=\"deal-column-header\">").append(Html.span("deal-column-title", title))
                    .append(Html.span("deal-column-summary", getTranslation("deals.column-total", data.deals(),
                            UserFormats.current().compactMoney(data.amount())))).append("</div><div class=\"deal-column-cards\">");
            data.rows().forEach(row -> html.append(DealCard.html(row, clock, showOwners, this)));
            html.append("</div>");
            if (next > 0) {
                html.append("<vaadin-button class=\"deal-column-more\" theme=\"tertiary small\">")
                        .append(Html.escape(getTranslation("deals.show-more", next))).append("</vaadin-button>");
            }
            rows = data.rows();
            hasMore = next > 0;
            String markup = html.toString();
            if (!markup.equals(getElement().getProperty("innerHTML"))) {
                getElement().setProperty("innerHTML", markup);
            }
        }
    }
}
