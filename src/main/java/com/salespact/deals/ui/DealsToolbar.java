package com.salespact.deals.ui;

import com.salespact.base.ui.SegmentedToggle;
import com.salespact.deals.DealFilter;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;

/**
 * What the deals page shows: a search, the owner (for those who see several people's deals), board or list, and
 * the ways to add a deal and export the ones shown. A change by the user is handed on; {@link #restore} sets it from
 * the URL without handing anything on.
 */
class DealsToolbar extends Div {

    private final TextField search = new TextField();
    /** Managers' owner filter; reps see only their own deals and get none (one component less per session). */
    private final ComboBox<PersonSummary> owner;
    private final SegmentedToggle layout;
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
        layout.addValueChangeListener(event -> userChanged.run());

        add(search);
        if (owner != null) {
            add(owner);
        }
        add(layout, add, DealCsvDownload.link(export, this::filter, listSort));
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

    /** The board shows open deals only; the list every deal. */
    DealFilter filter() {
        DealFilter filter = board() ? DealFilter.open() : DealFilter.all();
        return filter.withText(search.getValue()).withOwner(ownerId());
    }

    Long ownerId() {
        return owner == null || owner.getValue() == null ? null : owner.getValue().id();
    }

    /** The URL parameters of layout, owner and search (the list adds its sort and page). */
    Map<String, String> query() {
        Map<String, String> params = new LinkedHashMap<>();
        if (!board()) {
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

    void restore(Map<String, List<String>> params) {
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
    }

    static String first(Map<String, List<String>> params, String key) {
        List<String> values = params.get(key);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
