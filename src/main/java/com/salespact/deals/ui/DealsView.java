package com.salespact.deals.ui;

import com.salespact.base.LiveUpdates;
import com.salespact.base.TeamDataChanged;
import com.salespact.base.TeamEvent;
import com.salespact.base.ui.LiveRefresh;
import com.salespact.deals.ClosingService;
import com.salespact.deals.DealChanged;
import com.salespact.deals.DealService;
import com.salespact.deals.csv.DealCsvExport;
import com.salespact.deals.query.BoardQuery;
import com.salespact.people.PeopleService;
import com.salespact.security.CurrentUser;
import com.salespact.security.SignedInUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;

/**
 * "My deals" for a rep, the team's for a manager: a touch board by stage (drag, or tap the arrow) and a paged list
 * for laptops ({@link DealList}). The URL holds the view state (?view=list&owner=12&q=acme&sort=amount&dir=desc&page=2),
 * so a reload or a shared link keeps it, and the list's sort and page links are plain navigation to such URLs.
 */
@Route("deals")
@Menu(order = 2, icon = "HANDSHAKE", title = "nav.deals")
@PermitAll
public class DealsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final DealService deals;
    private final BoardMoves moves;
    private final Clock clock;
    private final DealsToolbar toolbar;
    /** Built when the board is shown (a link to the list opens without one), dropped when the list is. */
    private DealBoard board;
    private final BoardQuery boardQuery;
    private final boolean showOwners;
    /** Built the first time the list is shown: most visits are to the board. */
    private DealList list;
    /** The owner filter, readable by the live-update check without the UI lock. */
    private volatile Long shownOwner;

    public DealsView(DealService deals, ClosingService closings, BoardQuery boardQuery, DealCsvExport export,
                     PeopleService people, CurrentUser currentUser, LiveUpdates live, Clock clock) {
        this.deals = deals;
        // A board dropped meanwhile (the list is shown) has nothing to re-read.
        this.moves = new BoardMoves(deals, closings, () -> {
            if (board != null) {
                board.refresh();
            }
        });
        this.clock = clock;
        setId("deals-view");
        addClassName("deals-view");
        setSizeFull();
        this.boardQuery = boardQuery;
        SignedInUser user = currentUser.require();
        this.showOwners = !user.isRep();
        toolbar = new DealsToolbar(people, showOwners, export, () -> list == null ? Sort.unsorted() : list.sort(),
                this::filterChanged);
        add(toolbar);
        LiveRefresh.coalesced(this, live, user::teamId, event -> concerns(event, user), this::show);
    }

    /** Decided off the UI lock: a rep's board changes only with their own deals, a manager's with the team's. */
    private boolean concerns(TeamEvent event, SignedInUser user) {
        return switch (event) {
            case DealChanged deal -> user.isRep() ? deal.ownerId() == user.personId() : shownOwner == null || deal.ownerId() == shownOwner;
            case TeamDataChanged imported -> true;
            default -> false;
        };
    }

    private void filterChanged() {
        shownOwner = toolbar.ownerId();
        if (list != null) {
            list.firstPage();
        }
        show();
        Map<String, String> params = toolbar.query();
        if (list != null && list.isVisible()) {
            params.putAll(list.params());
        }
        DealsNavigation.showDealsState(params);
    }

    /**
     * Draws the layout chosen. Session memory: leaving the board drops it (built again, one query, when it is shown);
     * leaving the list hides it and lets go of its markup, keeping its sort for when it comes back.
     */
    private void show() {
        boolean isBoard = toolbar.board();
        if (board != null && !isBoard) {
            remove(board);
            board = null;
        }
        if (list != null && isBoard) {
            list.hide();
        }
        if (isBoard) {
            board().show(toolbar.filter());
        } else {
            list().show(toolbar.filter(), toolbar.query());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        toolbar.restore(params);
        if (!toolbar.board()) {
            list().restore(DealsToolbar.first(params, "sort"), DealsToolbar.first(params, "dir"),
                    DealsToolbar.first(params, "page"));
        }
        shownOwner = toolbar.ownerId();
        show();
    }

    private DealBoard board() {
        if (board == null) {
            board = new DealBoard(boardQuery, clock, showOwners, moves::open, moves::move);
            addComponentAtIndex(1, board); // under the toolbar, above a list built earlier
        }
        return board;
    }

    private DealList list() {
        if (list == null) {
            list = new DealList(deals, clock, showOwners);
            add(list);
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.deals");
    }
}
