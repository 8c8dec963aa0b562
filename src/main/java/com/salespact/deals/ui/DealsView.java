package com.salespact.deals.ui;

import com.salespact.base.ui.FormErrors;
import com.salespact.base.ui.LiveRefresh;
import com.salespact.base.ui.SegmentedToggle;
import com.salespact.base.LiveUpdates;
import com.salespact.base.TeamDataChanged;
import com.salespact.base.TeamEvent;
import com.salespact.deals.ClosingService;
import com.salespact.deals.DealChanged;
import com.salespact.deals.DealConflictException;
import com.salespact.deals.DealFilter;
import com.salespact.deals.DealRow;
import com.salespact.deals.DealService;
import com.salespact.deals.csv.DealCsvExport;
import com.salespact.deals.Stage;
import com.salespact.deals.query.BoardQuery;
import com.salespact.people.PeopleService;
import com.salespact.people.PersonSummary;
import com.salespact.security.CurrentUser;
import com.salespact.security.SignedInUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;

/**
 * "My deals" for a rep, the team's for a manager: a touch board by stage (drag, or tap the arrow) and a paged list
 * for laptops ({@link DealList}). The URL holds the view state (?view=list&owner=12&q=acme&sort=amount&dir=desc&page=2),
 * so a reload or a shared link keeps it, and the list's sort and page links are plain navigation to such URLs.
 */
@Route("deals")
@PageTitle("Deals")
@Menu(order = 2, icon = "HANDSHAKE", title = "nav.deals")
@PermitAll
public class DealsView extends VerticalLayout implements BeforeEnterObserver {

    private final DealService deals;
    private final ClosingService closings;
    private final Clock clock;
    private final TextField search = new TextField();
    /** Managers' owner filter; reps see only their own deals and get none (one component less per session). */
    private final ComboBox<PersonSummary> owner;
    private final SegmentedToggle layout;
    /** Built when the board is shown (a link to the list opens without one), dropped when the list is. */
    private DealBoard board;
    private final BoardQuery boardQuery;
    private final boolean showOwners;
    /** Built the first time the list is shown: most visits are to the board. */
    private DealList list;
    private boolean restoring;
    /** The owner filter, readable by the live-update check without the UI lock. */
    private volatile Long shownOwner;

    public DealsView(DealService deals, ClosingService closings, BoardQuery boardQuery, DealCsvExport export,
                     PeopleService people, CurrentUser currentUser, LiveUpdates live, Clock clock) {
        this.deals = deals;
        this.closings = closings;
        this.clock = clock;
        setId("deals-view");
        addClassName("deals-view");
        setSizeFull();
        this.boardQuery = boardQuery;
        this.showOwners = !currentUser.require().isRep();

        search.setPlaceholder(getTranslation("deals.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("deal-search");
        owner = currentUser.require().isRep() ? null : ownerFilter(people);
        Map<String, String> layouts = new LinkedHashMap<>();
        layouts.put("board", getTranslation("deals.board"));
        layouts.put("list", getTranslation("deals.list"));
        layout = new SegmentedToggle("board", layouts);
        layout.setId("layout-toggle");
        Button add = new Button(getTranslation("deals.new"), VaadinIcon.PLUS.create(),
                event -> UI.getCurrent().navigate("deals/new"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("new-deal");

        search.addValueChangeListener(event -> filterChanged());
        if (owner != null) {
            owner.addValueChangeListener(event -> filterChanged());
        }
        layout.addValueChangeListener(event -> filterChanged());

        Div toolbar = new Div(search);
        if (owner != null) {
            toolbar.add(owner);
        }
        toolbar.add(layout, add, DealCsvDownload.link(export, this::filter,
                () -> list == null ? Sort.unsorted() : list.sort()));
        toolbar.addClassName("toolbar");
        add(toolbar);
        SignedInUser user = currentUser.require();
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

    DealFilter filter() {
        DealFilter filter = "board".equals(layout.getValue()) ? DealFilter.open() : DealFilter.all();
        return filter.withText(search.getValue()).withOwner(ownerId());
    }

    private void filterChanged() {
        shownOwner = ownerId();
        if (restoring) {
            return;
        }
        if (list != null) {
            list.firstPage();
        }
        show();
        Map<String, String> params = query();
        if (list != null && list.isVisible()) {
            params.putAll(list.params());
        }
        UI.getCurrent().getPage().getHistory().replaceState(null,
                new Location("deals", QueryParameters.simple(params)));
    }

    /** The URL parameters of layout, owner and search (the list adds its sort and page). */
    private Map<String, String> query() {
        Map<String, String> params = new LinkedHashMap<>();
        if (!"board".equals(layout.getValue())) {
            params.put("view", layout.getValue());
        }
        if (ownerId() != null) {
            params.put("owner", String.valueOf(ownerId()));
        }
        if (!search.getValue().isBlank()) {
            params.put("q", search.getValue());
        }
        return params;
    }

    /**
     * Draws the layout chosen. Session memory: leaving the board drops it (built again, one query, when it is shown);
     * leaving the list hides it and lets go of its markup, keeping its sort for when it comes back.
     */
    private void show() {
        boolean isBoard = "board".equals(layout.getValue());
        if (board != null && !isBoard) {
            remove(board);
            board = null;
        }
        if (list != null && isBoard) {
            list.hide();
        }
        if (isBoard) {
            board().show(filter());
        } else {
            list().show(filter(), query());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        restoring = true;
        try {
            layout.setValue("list".equals(first(params, "view")) ? "list" : "board");
            search.setValue(first(params, "q") == null ? "" : first(params, "q"));
            String ownerId = first(params, "owner");
            if (owner != null) {
                owner.setValue(ownerId == null ? null : owner.getListDataView().getItems()
                        .filter(person -> String.valueOf(person.id()).equals(ownerId)).findFirst().orElse(null));
            }
            if ("list".equals(layout.getValue())) {
                list().restore(first(params, "sort"), first(params, "dir"), first(params, "page"));
            }
        } finally {
            restoring = false;
        }
        shownOwner = ownerId();
        show();
    }

    private ComboBox<PersonSummary> ownerFilter(PeopleService people) {
        ComboBox<PersonSummary> filter = new ComboBox<>();
        filter.setPlaceholder(getTranslation("deals.all-owners"));
        filter.setItems(people.visibleReps());
        filter.setItemLabelGenerator(PersonSummary::fullName);
        filter.setClearButtonVisible(true);
        filter.setId("owner-filter");
        return filter;
    }

    private Long ownerId() {
        return owner == null || owner.getValue() == null ? null : owner.getValue().id();
    }

    private static String first(Map<String, List<String>> params, String key) {
        List<String> values = params.get(key);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private void open(DealRow deal) {
        UI.getCurrent().navigate("deals/" + deal.id());
    }

    private void move(DealRow deal, Stage stage) {
        if (stage.isClosed()) {
            // Closing is deliberate: confirm the numbers or the reason, then an undo window (decision 012).
            new CloseDealDialog(closings, deal.id(), deal.version(), deal.name(), stage,
                    () -> {
                        if (board != null) {
                            board.refresh();
                        }
                    }).open();
            return;
        }
        try {
            deals.moveStage(deal.id(), stage, deal.version());
            FormErrors.success(getTranslation("deals.moved", deal.name(), getTranslation("stage." + stage.name())));
        } catch (DealConflictException conflict) {
            FormErrors.error(conflict.getMessage() + " " + getTranslation("deals.board-refreshed"));
        }
        board().refresh();
    }

    private DealBoard board() {
        if (board == null) {
            board = new DealBoard(boardQuery, clock, showOwners, this::open, this::move);
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
}
