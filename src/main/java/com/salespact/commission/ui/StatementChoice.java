package com.salespact.commission.ui;

import com.salespact.base.ui.UserFormats;
import com.salespact.base.PeriodKind;
import com.salespact.commission.CommissionService;
import com.salespact.commission.StatementPeriod;
import com.salespact.people.PeopleService;
import com.salespact.people.PersonSummary;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The commission toolbar: whose statement (only for those who may choose a rep; none is the team summary) and which
 * period, by kind and period. A choice by the user is handed on; {@link #show} sets the pickers to what the page
 * shows without handing anything on.
 */
class StatementChoice extends Div {


    final ComboBox<PersonSummary> repPicker = new ComboBox<>();
    final Select<PeriodKind> kindSelect = new Select<>();
    final Select<StatementPeriod> periodSelect = new Select<>();
    private final CommissionService commission;
    private final boolean chooseRep;
    private StatementPeriod shown;
    /** Set while {@link #show} changes the pickers, so their listeners stay quiet. */
    private boolean loading;

    StatementChoice(CommissionService commission, PeopleService people, boolean chooseRep, Clock clock,
                    Consumer<Long> repChosen, Consumer<StatementPeriod> periodChosen) {
        this.commission = commission;
        this.chooseRep = chooseRep;
        addClassName("toolbar");
        repPicker.setId("commission-rep");
        repPicker.setLabel(getTranslation("commission.rep"));
        repPicker.setItemLabelGenerator(PersonSummary::fullName);
        // Clearing the rep goes back to the team summary.
        repPicker.setClearButtonVisible(true);
        repPicker.setPlaceholder(getTranslation("commission.rep.whole-team"));
        repPicker.addValueChangeListener(event -> {
            if (!loading) {
                repChosen.accept(event.getValue() == null ? null : event.getValue().id());
            }
        });
        kindSelect.setId("commission-kind");
        kindSelect.setLabel(getTranslation("commission.kind"));
        kindSelect.setItems(PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR);
        kindSelect.setItemLabelGenerator(kind -> getTranslation("commission.kind." + kind.name()));
        kindSelect.addValueChangeListener(event -> {
            if (!loading && event.getValue() != null && event.getValue() != shown.kind()) {
                // The new kind's period around the one shown, never one that has not begun.
                LocalDate end = shown.range(commission.calendar()).end();
                LocalDate today = LocalDate.now(clock);
                periodChosen.accept(StatementPeriod.containing(event.getValue(), commission.calendar(),
                        end.isAfter(today) ? today : end));
            }
        });
        periodSelect.setId("commission-period");
        periodSelect.setLabel(getTranslation("commission.period"));
        periodSelect.setItemLabelGenerator(this::label);
        periodSelect.addValueChangeListener(event -> {
            if (!loading && event.getValue() != null && !event.getValue().equals(shown)) {
                periodChosen.accept(event.getValue());
            }
        });
        if (chooseRep) {
            repPicker.setItems(people.visibleReps());
            add(repPicker);
        }
        add(kindSelect, periodSelect);
    }

    void show(Long repId, StatementPeriod period) {
        shown = period;
        loading = true;
        try {
            kindSelect.setValue(period.kind());
            periodSelect.setItems(periodsAround(period));
            periodSelect.setValue(period);
            if (chooseRep) {
                repPicker.setValue(repId == null ? null : repPicker.getListDataView().getItems()
                        .filter(rep -> rep.id() == repId).findFirst().orElse(null));
            }
        } finally {
            loading = false;
        }
    }

    /** The last periods of the kind up to this one, and the chosen one wherever it is. */
    private List<StatementPeriod> periodsAround(StatementPeriod chosen) {
        StatementPeriod current = commission.currentPeriod(chosen.kind());
        int back = switch (chosen.kind()) {
            case MONTH -> 17;
            case YEAR -> 2;
            default -> 7;
        };
        TreeSet<StatementPeriod> periods = new TreeSet<>(Comparator
                .comparing((StatementPeriod p) -> p.range(commission.calendar()).start()));
        for (int step = -back; step <= 0; step++) {
            periods.add(current.plus(step));
        }
        periods.add(chosen);
        return new ArrayList<>(periods.descendingSet());
    }

    String label(StatementPeriod value) {
        return switch (value.kind()) {
            case QUARTER -> getTranslation("commission.period.quarter", String.valueOf(value.number()),
                    String.valueOf(value.fiscalYear()));
            case MONTH -> UserFormats.current().month(value.range(commission.calendar()).start());
            default -> getTranslation("commission.period.year", String.valueOf(value.fiscalYear()));
        };
    }
}
