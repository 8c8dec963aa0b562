package com.salespact.pact.ui;

import com.salespact.base.ui.UserFormats;
import com.salespact.pact.FormulaOverrides;
import com.salespact.pact.MasLine;
import com.salespact.pact.SalesFormula;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The sales formula with its inputs, where each came from, the manager's overrides, and the weekly activity it asks
 * for; "Use as minimum standards" writes the result into step 1.
 */
class FormulaPanel extends Composite<VerticalLayout> {

    final BigDecimalField averageDealSize = override("pact.formula.deal-size");
    final BigDecimalField winRate = override("pact.formula.win-rate");
    final BigDecimalField meetingToOpportunity = override("pact.formula.meeting-to-opp");
    final BigDecimalField callToMeeting = override("pact.formula.call-to-meeting");
    final IntegerField sellingWeeks = new IntegerField(getTranslation("pact.formula.override",
            getTranslation("pact.formula.weeks")));

    private final Div inputs = new Div();
    private final Div result = new Div();
    private final Paragraph fallback = new Paragraph();
    private final Button apply = new Button(getTranslation("pact.formula.apply"), VaadinIcon.ARROW_CIRCLE_UP.create());
    private final Function<FormulaOverrides, SalesFormula> calculator;
    private Runnable changeListener = () -> { };
    private SalesFormula current;

    FormulaPanel(Function<FormulaOverrides, SalesFormula> calculator, Consumer<List<MasLine>> applyToStandards) {
        this.calculator = calculator;
        setId("pact-formula");
        getContent().addClassName("pact-formula");
        getContent().setPadding(false);
        StepForm.syncAsTyped(sellingWeeks);
        sellingWeeks.setMin(1);
        sellingWeeks.setMax(53);
        sellingWeeks.setPlaceholder(String.valueOf(FormulaOverrides.DEFAULT_SELLING_WEEKS));
        for (var field : List.of(averageDealSize, winRate, meetingToOpportunity, callToMeeting)) {
            field.addValueChangeListener(event -> changed());
        }
        sellingWeeks.addValueChangeListener(event -> changed());
        apply.setId("pact-formula-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(event -> current.result().ifPresent(r -> applyToStandards.accept(r.asMasLines())));
        fallback.addClassName("pact-formula-fallback");
        inputs.addClassName("pact-formula-inputs");
        result.addClassName("pact-formula-result");
        result.setId("pact-formula-result");
        Div overrides = new Div(averageDealSize, winRate, meetingToOpportunity, callToMeeting, sellingWeeks);
        overrides.addClassName("pact-formula-overrides");
        getContent().add(new H4(getTranslation("pact.formula.title")),
                new Paragraph(getTranslation("pact.formula.explain")), inputs, fallback, overrides, result, apply);
    }

    private BigDecimalField override(String key) {
        BigDecimalField field = new BigDecimalField(getTranslation("pact.formula.override", getTranslation(key)));
        field.setPlaceholder(getTranslation("pact.formula.from-history"));
        StepForm.syncAsTyped(field);
        field.setClearButtonVisible(true);
        return field;
    }

    void onChange(Runnable listener) {
        this.changeListener = listener;
    }

    void read(FormulaOverrides overrides, boolean notify) {
        Runnable listener = changeListener;
        changeListener = () -> { };
        averageDealSize.setValue(overrides.averageDealSize());
        winRate.setValue(overrides.winRatePercent());
        meetingToOpportunity.setValue(overrides.meetingToOpportunityPercent());
        callToMeeting.setValue(overrides.callToMeetingPercent());
        sellingWeeks.setValue(overrides.sellingWeeks());
        changeListener = listener;
        refresh();
        if (notify) {
            changeListener.run();
        }
    }

    FormulaOverrides value() {
        return new FormulaOverrides(averageDealSize.getValue(), winRate.getValue(), meetingToOpportunity.getValue(),
                callToMeeting.getValue(), sellingWeeks.getValue());
    }

    void setReadOnly(boolean readOnly) {
        for (var field : List.of(averageDealSize, winRate, meetingToOpportunity, callToMeeting)) {
            field.setReadOnly(readOnly);
        }
        sellingWeeks.setReadOnly(readOnly);
        apply.setVisible(!readOnly);
    }

    private void changed() {
        refresh();
        changeListener.run();
    }

    /** Recomputes from the current overrides; invalid overrides simply leave the result empty. */
    void refresh() {
        current = calculator.apply(value());
        inputs.removeAll();
        inputs.add(input("pact.formula.target", money(current.revenueTarget()), null),
                input("pact.formula.deal-size", current.averageDealSize().present()
                        ? money(current.averageDealSize().value()) : "—", current.averageDealSize().source()),
                input("pact.formula.win-rate", percent(current.winRatePercent()), current.winRatePercent().source()),
                input("pact.formula.meeting-to-opp", percent(current.meetingToOpportunityPercent()),
                        current.meetingToOpportunityPercent().source()),
                input("pact.formula.call-to-meeting", percent(current.callToMeetingPercent()),
                        current.callToMeetingPercent().source()));
        fallback.setText(current.usesTeamHistory() ? getTranslation("pact.formula.team-fallback") : "");
        fallback.setVisible(current.usesTeamHistory());
        result.removeAll();
        current.result().ifPresentOrElse(r -> result.add(
                        figure(r.opportunities(), "pact.formula.opps-year"),
                        figure(r.opportunitiesPerWeek(), "pact.formula.opps-week"),
                        figure(r.meetingsPerWeek(), "pact.formula.meetings-week"),
                        figure(r.callsPerWeek(), "pact.formula.calls-week")),
                () -> result.add(new Span(getTranslation("pact.formula.cannot"))));
        apply.setEnabled(current.result().isPresent());
    }

    private Div input(String key, String value, SalesFormula.Source source) {
        Div line = new Div(new Span(getTranslation(key)), new Span(value));
        if (source != null) {
            Span from = new Span(getTranslation("pact.formula.source." + source.name()));
            from.addClassName("pact-formula-source");
            from.getElement().setAttribute("data-source", source.name());
            line.add(from);
        }
        line.addClassName("pact-formula-input");
        return line;
    }

    private Div figure(BigDecimal value, String key) {
        Span number = new Span(plain(value));
        number.addClassName("pact-formula-number");
        Div figure = new Div(number, new Span(getTranslation(key)));
        figure.addClassName("pact-formula-figure");
        return figure;
    }

    private static String money(BigDecimal value) {
        return value == null ? "—" : UserFormats.current().money(value);
    }

    private static String percent(SalesFormula.FormulaInput input) {
        return input.present() ? plain(input.value()) + " %" : "—";
    }

    private static String plain(BigDecimal value) {
        return UserFormats.current().number(value, Math.max(0, value.stripTrailingZeros().scale()));
    }
}
