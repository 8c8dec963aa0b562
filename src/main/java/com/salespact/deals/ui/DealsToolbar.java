package com.salespact.deals.ui;

import com.salespact.base.ui.SegmentedToggle;
import com.salespact.deals.DealFilter;
import com.salespact.deals.DealStatus;
import com.salespact.deals.csv.DealCsvExport;
import com.salespact.people.PeopleService;
import com.salespact.people.PersonSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableSupplier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Sort;

/**
 * What the deals page shows: a search, the owner (for those who see several people's deals), board or list, the
 * list's status (open first; won, lost or all when chosen), and the ways to add a deal and export the ones shown. A
 * change by the user is handed on; {@link #restore} sets it from the URL without handing anything on.
 */
class DealsToolbar extends Div {

    private final TextField search = new TextField();
    /** Managers' owner filter; reps see only their own deals and get none (one component less per session). */
    private final ComboBox<PersonSummary> owner;
    private final SegmentedToggle layout;
    /** Which deals the list shows by status (URL {@code status}); the board shows open deals, so it has none. */
    private final SegmentedToggle status;
    private boolean restoring;

    DealsToolbar(PeopleService people, boolean chooseOwner, DealCsvExport export, SerializableSupplier<Sort> listSort,
                 Runnable changed) {
        search.setPlaceholder(getTranslation("deals.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("deal-search");
        owner = chooseOwner ? ownerFilter(people) : null;
        Map<String, String> layouts = new LinkedHashMap<>();
        layouts.put("board", getTranslation("deals.board"));
        layouts.put("list", getTranslation("deals.list"));
        layout = new SegmentedToggle("board", layouts);
        layout.setId("layout-toggle");
        Map<String, String> statuses = new LinkedHashMap<>();
        for (DealStatus each : DealStatus.values()) {
            statuses.put(statusKey(each), getTranslation("deals.status." + each.name()));
        }
        status = new SegmentedToggle(statusKey(DealStatus.OPEN), statuses);
        status.setId("status-filter");
        status.getElement().setAttribute("aria-label", getTranslation("deals.status"));
        status.setVisible(false);
        Button add = new Button(getTranslation("deals.new"), VaadinIcon.PLUS.create(),
                event -> DealsNavigation.toNewDeal());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("new-deal");

        Runnable userChanged = () -> {
            if (!restoring) {
                changed.run();
            }
        };
        search.addValueChangeListener(event -> userChanged.run());
        if (owner != null) {
            owner.addValueChangeListener(event -> userChanged.run());
        }
        layout.addValueChangeListener(event -> {
            status.setVisible(!board());
            userChanged.run();
        });
        status.addValueChangeListener(event -> userChanged.run());

        add(search);
        if (owner != null) {
            add(owner);
        }
        add(layout, status, add, DealCsvDownload.link(export, this::filter, listSort));
        addClassName("toolbar");
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

    boolean board() {
        return "board".equals(layout.getValue());
    }

    /** The board shows open deals only; the list those of the status chosen (open unless chosen otherwise). */
    DealFilter filter() {
        DealFilter filter = board() ? DealFilter.open() : DealFilter.all().withStatus(status());
        return filter.withText(search.getValue()).withOwner(ownerId());
    }

    Long ownerId() {
        return owner == null || owner.getValue() == null ? null : owner.getValue().id();
    }

    DealStatus status() {
        return DealStatus.valueOf(status.getValue().toUpperCase(Locale.ROOT));
    }

    /** The URL parameters of layout, status, owner and search (the list adds its sort and page). */
    Map<String, String> query() {
        Map<String, String> params = new LinkedHashMap<>();
        if (!board()) {
            params.put("view", layout.getValue());
            if (status() != DealStatus.OPEN) {
                params.put("status", status.getValue());
            }
        }
        if (ownerId() != null) {
            params.put("owner", String.valueOf(ownerId()));
        }
        if (!search.getValue().isBlank()) {
            params.put("q", search.getValue());
        }
        return params;
    }

    void restore(Map<String, List<String>> params) {
        restoring = true;
        try {
            layout.setValue("list".equals(first(params, "view")) ? "list" : "board");
            status.setValue(statusOf(first(params, "status")));
            search.setValue(first(params, "q") == null ? "" : first(params, "q"));
            String ownerId = first(params, "owner");
            if (owner != null) {
                owner.setValue(ownerId == null ? null : owner.getListDataView().getItems()
                        .filter(person -> String.valueOf(person.id()).equals(ownerId)).findFirst().orElse(null));
            }
        } finally {
            restoring = false;
        }
    }

    /** {@code won} for WON: the status as the URL and the toggle name it. */
    private static String statusKey(DealStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    /** The status a URL names; none, or one not known, is open (a list opens on the deals still to work on). */
    private static String statusOf(String value) {
        return Arrays.stream(DealStatus.values()).map(DealsToolbar::statusKey).filter(key -> key.equals(value))
                .findFirst().orElse(statusKey(DealStatus.OPEN));
    }

    static String first(Map<String, List<String>> params, String key) {
        List<String> values = params.get(key);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
