package com.salespact.deals.ui;

import com.salespact.base.Money;
import com.salespact.base.ui.FormErrors;
import com.salespact.base.ui.LiveRefresh;
import com.salespact.base.ui.SegmentedToggle;
import com.salespact.base.LiveUpdates;
import com.salespact.base.TeamDataChanged;
import com.salespact.base.TeamEvent;
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
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.provider.SortDirection;
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
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Sort;

/**
 * "My deals" for a rep, the team's for a manager: a touch board by stage (drag, or tap the arrow) and a lazy grid
 * for laptops. The URL holds the view state (?view=list&owner=12&q=acme), so a reload or a shared link keeps it.
 */
@Route("deals")
@PageTitle("Deals")
@Menu(order = 2, icon = "HANDSHAKE", title = "nav.deals")
@PermitAll
public class DealsView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final DealService deals;
    private final Clock clock;
    private final TextField search = new TextField();
    /** Managers' owner filter; reps see only their own deals and get none (one component less per session). */
    private final ComboBox<PersonSummary> owner;
    private final SegmentedToggle layout;
    /** Built the first time the board is shown (a link to the list opens without one). */
    private DealBoard board;
    private final BoardQuery boardQuery;
    private final boolean showOwners;
    /** Built the first time the list is shown: most visits are to the board (a grid costs session memory). */
    private Grid<DealRow> grid;
    private boolean restoring;
    /** The owner filter, readable by the live-update check without the UI lock. */
    private volatile Long shownOwner;

    public DealsView(DealService deals, BoardQuery boardQuery, DealCsvExport export, PeopleService people,
                     CurrentUser currentUser, LiveUpdates live, Clock clock) {
        this.deals = deals;
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
                () -> grid == null ? Sort.unsorted() : DealCsvDownload.sortOf(grid)));
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

    private Grid<DealRow> grid() {
        if (grid != null) {
            return grid;
        }
        grid = new Grid<>();
        grid.setId("deal-grid");
        // Five columns, two lines where they belong together: every column is a component kept per user.
        grid.addColumn(LitRenderer.<DealRow>of("<div class=\"deal-cell\"><strong>${item.name}</strong>"
                        + "<span>${item.account}</span></div>")
                        .withProperty("name", DealRow::name).withProperty("account", DealRow::accountName))
                .setHeader(getTranslation("deals.name")).setKey("name").setSortable(true).setSortProperty("name")
                .setFlexGrow(3);
        grid.addColumn(DealRow::ownerName).setHeader(getTranslation("deals.owner"));
        grid.addColumn(LitRenderer.<DealRow>of("<div class=\"deal-cell\"><span>${item.stage}</span>"
                        + "<span class=\"forecast-badge forecast-${item.forecastClass}\">${item.forecast}</span></div>")
                        .withProperty("stage", row -> getTranslation("stage." + row.stage().name()))
                        .withProperty("forecast", row -> getTranslation("forecast." + row.forecastCategory().name()))
                        .withProperty("forecastClass", row -> row.forecastCategory().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("deals.stage")).setSortable(true).setSortProperty("stage");
        grid.addColumn(row -> Money.format(row.amount())).setHeader(getTranslation("deals.amount"))
                .setTextAlign(ColumnTextAlign.END).setSortable(true).setSortProperty("amount");
        grid.addColumn(LitRenderer.<DealRow>of("<div class=\"deal-cell\"><span>${item.close}</span>"
                        + "<span>${item.age}</span></div>")
                        .withProperty("close", row -> DATE.format(row.expectedCloseDate()))
                        .withProperty("age", row -> getTranslation("deals.stage-age", row.stageAgeDays(clock.instant()))))
                .setHeader(getTranslation("deals.close")).setSortable(true).setSortProperty("expectedCloseDate");
        grid.setItems(query -> deals.list(filter(), query.getOffset(), query.getLimit(), sortOf(query.getSortOrders()))
                .stream(), query -> deals.count(filter()));
        grid.addItemClickListener(event -> open(event.getItem()));
        // The rows of a fetched page stay on the server while shown: 20 two-line rows fill a laptop screen.
        grid.setPageSize(20);
        grid.setSizeFull();
        add(grid);
        return grid;
    }

    DealFilter filter() {
        DealFilter filter = "board".equals(layout.getValue()) ? DealFilter.open() : DealFilter.all();
        return filter.withText(search.getValue()).withOwner(ownerId());
    }

    private static Sort sortOf(List<QuerySortOrder> orders) {
        return Sort.by(orders.stream().map(order -> order.getDirection() == SortDirection.ASCENDING
                ? Sort.Order.asc(order.getSorted()) : Sort.Order.desc(order.getSorted())).toList());
    }

    private void filterChanged() {
        shownOwner = ownerId();
        if (restoring) {
            return;
        }
        show();
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
        UI.getCurrent().getPage().getHistory().replaceState(null,
                new Location("deals", QueryParameters.simple(params)));
    }

    private void show() {
        boolean isBoard = "board".equals(layout.getValue());
        if (board != null) {
            board.setVisible(isBoard);
        }
        if (grid != null) {
            grid.setVisible(!isBoard);
        }
        if (isBoard) {
            board().setVisible(true);
            board.show(filter());
        } else {
            grid().setVisible(true);
            grid.getDataProvider().refreshAll();
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
        if (stage == Stage.LOST || stage == Stage.WON && deal.stage() != Stage.NEGOTIATION) {
            // Closing needs a reason or a check of the numbers: do it on the deal page.
            UI.getCurrent().navigate("deals/" + deal.id());
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
            addComponentAtIndex(1, board); // under the toolbar, above a grid built earlier
        }
        return board;
    }
}
