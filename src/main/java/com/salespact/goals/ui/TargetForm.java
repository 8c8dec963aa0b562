package com.salespact.goals.ui;

import com.salespact.base.ui.UserFormats;
import com.salespact.base.ui.LimitedTextArea;
import com.salespact.base.FiscalCalendar;
import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FieldConflictDialog;
import com.salespact.base.ui.FormErrors;
import com.salespact.goals.Seasonality;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The target editor: annual revenue and minimum gross profit, twelve seasonality weights labelled with the months of
 * the company's fiscal year (each showing its monthly amount as you type), and the reason for the change. Only
 * "required" is checked here; the target's own rules decide on save and their messages land at the field.
 */
class TargetForm extends Composite<FormLayout> {

    final BigDecimalField revenue = new BigDecimalField(getTranslation("targets.revenue"));
    final BigDecimalField minGrossProfit = new BigDecimalField(getTranslation("targets.min-gp"));
    final List<BigDecimalField> weights = new ArrayList<>(Seasonality.MONTHS);
    final Button flat = new Button(getTranslation("targets.flat"), VaadinIcon.ALIGN_JUSTIFY.create());
    final Button reset = new Button(getTranslation("targets.reset"), VaadinIcon.ROTATE_LEFT.create());
    final Span total = new Span();
    final TextArea reason = new LimitedTextArea(getTranslation("targets.reason"), 1000);

    private final Binder<TargetDraft> binder = new Binder<>();
    private final Div weightGrid = new Div();
    private final Div weightActions = new Div(flat, reset);
    private TargetDraft loaded;

    TargetForm(FiscalCalendar calendar) {
        getContent().setId("target-form");
        revenue.setId("target-revenue");
        minGrossProfit.setId("target-min-gp");
        reason.setId("target-reason");
        flat.setId("target-flat");
        reset.setId("target-reset");
        total.setId("target-weights-total");
        for (BigDecimalField field : List.of(revenue, minGrossProfit)) {
            field.setRequiredIndicatorVisible(true);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(event -> preview());
        }
        binder.forField(revenue).asRequired(getTranslation("targets.error.revenue-required"))
                .bind(TargetDraft::getRevenue, TargetDraft::setRevenue);
        binder.forField(minGrossProfit).asRequired(getTranslation("targets.error.min-gp-required"))
                .bind(TargetDraft::getMinGrossProfit, TargetDraft::setMinGrossProfit);

        weightGrid.addClassName("target-weights");
        weightGrid.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fill, minmax(6.5em, 1fr))")
                .set("gap", "0 var(--lumo-space-s)");
        Month first = Month.of(calendar.startMonth());
        for (int month = 1; month <= Seasonality.MONTHS; month++) {
            int index = month - 1;
            BigDecimalField weight = new BigDecimalField(first.plus(index).getDisplayName(TextStyle.SHORT, getLocale()));
            weight.setId("target-" + Seasonality.field(month));
            weight.setValueChangeMode(ValueChangeMode.LAZY);
            weight.addValueChangeListener(event -> preview());
            weight.setWidthFull();
            binder.forField(weight).asRequired(getTranslation("targets.error.weight-required"))
                    .bind(draft -> draft.getWeights().get(index), (draft, value) -> draft.getWeights().set(index, value));
            weights.add(weight);
            weightGrid.add(weight);
        }
        flat.addClickListener(event -> weights.forEach(field -> field.setValue(BigDecimal.ONE)));
        reset.addClickListener(event -> {
            if (loaded != null) {
                for (int i = 0; i < Seasonality.MONTHS; i++) {
                    weights.get(i).setValue(loaded.getWeights().get(i));
                }
            }
        });
        for (Button button : List.of(flat, reset)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        weightActions.addClassName("form-actions");
        total.addClassName("target-weights-total");
        total.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        reason.setRequiredIndicatorVisible(true);
        reason.setHelperText(getTranslation("targets.reason.help"));
        binder.forField(reason).bind(TargetDraft::getReason, TargetDraft::setReason);

        Span weightsLabel = new Span(getTranslation("targets.weights"));
        weightsLabel.addClassName("target-weights-label");
        weightsLabel.getStyle().set("font-weight", "600").set("margin-top", "var(--lumo-space-m)");
        Div weightsHeader = new Div(weightsLabel, weightActions);
        weightsHeader.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "center")
                .set("justify-content", "space-between").set("gap", "var(--lumo-space-s)");

        FormLayout form = getContent();
        form.add(revenue, minGrossProfit, weightsHeader, weightGrid, total, reason);
        form.setColspan(weightsHeader, 2);
        form.setColspan(weightGrid, 2);
        form.setColspan(total, 2);
        form.setColspan(reason, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
    }

    void edit(TargetDraft draft) {
        loaded = draft;
        binder.readBean(draft);
        clearErrors();
        preview();
    }

    /** The edited copy when every field is filled in; the loaded draft stays as it was. */
    Optional<TargetDraft> write() {
        TargetDraft copy = new TargetDraft();
        if (loaded == null || !binder.writeBeanIfValid(copy)) {
            return Optional.empty();
        }
        return Optional.of(copy);
    }

    boolean hasChanges() {
        return binder.hasChanges();
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
        revenue.setRequiredIndicatorVisible(!readOnly);
        minGrossProfit.setRequiredIndicatorVisible(!readOnly);
        weights.forEach(field -> field.setRequiredIndicatorVisible(!readOnly));
        weightActions.setVisible(!readOnly);
        reason.setVisible(!readOnly);
    }

    /** How the conflict dialog names this form's fields and shows their values. */
    FieldConflictDialog.Labels conflictLabels() {
        return new FieldConflictDialog.Labels(this::labelOf, (field, value) -> value instanceof BigDecimal number
                ? field.startsWith("weight") ? plain(number) : UserFormats.current().money(number)
                : String.valueOf(value));
    }

    /** The form's labels for the named fields, joined for a sentence. */
    String labelsOf(java.util.Set<String> names) {
        return names.stream().map(this::labelOf).collect(java.util.stream.Collectors.joining(", "));
    }

    private String labelOf(String field) {
        return switch (field) {
            case "revenue" -> revenue.getLabel();
            case "minGrossProfit" -> minGrossProfit.getLabel();
            default -> field.startsWith("weight")
                    ? getTranslation("targets.conflict.weight", weights.get(Integer.parseInt(field.substring(6)) - 1).getLabel())
                    : field;
        };
    }

    /** A refusal from the service, its message (already in the user's language) at the field it concerns. */
    void showError(RuleViolation violation) {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("revenue", revenue);
        fields.put("minGrossProfit", minGrossProfit);
        fields.put("reason", reason);
        fields.put("weights", weights.getFirst());
        for (int month = 1; month <= Seasonality.MONTHS; month++) {
            fields.put(Seasonality.field(month), weights.get(month - 1));
        }
        FormErrors.show(violation, fields);
    }

    private static String plain(BigDecimal value) {
        return UserFormats.current().number(value, Math.max(0, value.stripTrailingZeros().scale()));
    }

    private void clearErrors() {
        revenue.setInvalid(false);
        minGrossProfit.setInvalid(false);
        reason.setInvalid(false);
        weights.forEach(field -> field.setInvalid(false));
    }

    /** Each weight field shows its month's amount; the line below the weights tells their total. */
    private void preview() {
        Optional<Seasonality> seasonality = seasonality();
        BigDecimal annual = revenue.getValue();
        boolean usable = seasonality.isPresent() && annual != null && annual.signum() >= 0;
        List<BigDecimal> months;
        try {
            months = usable ? seasonality.get().spread(annual) : null;
        } catch (ArithmeticException absurd) { // e.g. 1E+1000 or weights of 1E-40: no preview; the save explains why
            months = null;
        }
        for (int i = 0; i < Seasonality.MONTHS; i++) {
            weights.get(i).setHelperText(months == null ? "—" : UserFormats.current().money(months.get(i)));
        }
        total.setText(seasonality.map(value -> getTranslation("targets.weights.total",
                plain(value.total()))).orElse(getTranslation("targets.weights.invalid")));
    }

    private Optional<Seasonality> seasonality() {
        List<BigDecimal> values = weights.stream().map(BigDecimalField::getValue).toList();
        if (values.stream().anyMatch(java.util.Objects::isNull)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Seasonality(values));
        } catch (RuleViolation | ArithmeticException invalid) {
            return Optional.empty();
        }
    }
}
