package com.salespact.commission.ui;

import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FieldConflictDialog;
import com.salespact.base.ui.FormErrors;
import com.salespact.base.ui.UserFormats;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.binder.Binder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The plan editor for managers: revenue rate and GP rate in percent, where the accelerator starts (percent of the
 * period's revenue target) and its multiplier. Only "required" is checked here; the plan's own rules decide on save
 * and their messages land at the field.
 */
class CommissionPlanForm extends Composite<FormLayout> {

    final BigDecimalField revenueRate = field("commission.plan.revenue-rate", "commission-plan-revenue-rate", "%");
    final BigDecimalField gpRate = field("commission.plan.gp-rate", "commission-plan-gp-rate", "%");
    final BigDecimalField threshold = field("commission.plan.threshold", "commission-plan-threshold", "%");
    final BigDecimalField multiplier = field("commission.plan.multiplier", "commission-plan-multiplier", "×");

    private final Binder<PlanDraft> binder = new Binder<>();

    CommissionPlanForm() {
        getContent().setId("commission-plan-form");
        String required = getTranslation("commission.error.required");
        binder.forField(revenueRate).asRequired(required).bind(PlanDraft::getRevenuePercent, PlanDraft::setRevenuePercent);
        binder.forField(gpRate).asRequired(required).bind(PlanDraft::getGpPercent, PlanDraft::setGpPercent);
        binder.forField(threshold).asRequired(required).bind(PlanDraft::getThresholdPercent, PlanDraft::setThresholdPercent);
        binder.forField(multiplier).asRequired(required).bind(PlanDraft::getMultiplier, PlanDraft::setMultiplier);
        revenueRate.setHelperText(getTranslation("commission.plan.revenue-rate.help"));
        gpRate.setHelperText(getTranslation("commission.plan.gp-rate.help"));
        threshold.setHelperText(getTranslation("commission.plan.threshold.help"));
        multiplier.setHelperText(getTranslation("commission.plan.multiplier.help"));
        getContent().add(revenueRate, gpRate, threshold, multiplier);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("480px", 2));
    }

    private BigDecimalField field(String label, String id, String unit) {
        BigDecimalField field = new BigDecimalField(getTranslation(label));
        field.setId(id);
        field.setSuffixComponent(new Span(unit));
        field.setRequiredIndicatorVisible(true);
        return field;
    }

    void edit(PlanDraft draft) {
        binder.readBean(draft);
        List.of(revenueRate, gpRate, threshold, multiplier).forEach(field -> field.setInvalid(false));
    }

    /** The edited values when every field is filled in. */
    Optional<PlanDraft> write() {
        PlanDraft draft = new PlanDraft();
        return binder.writeBeanIfValid(draft) ? Optional.of(draft) : Optional.empty();
    }

    /** How the conflict dialog names the plan's terms and shows them in the units people type. */
    FieldConflictDialog.Labels conflictLabels() {
        return new FieldConflictDialog.Labels(field -> fieldOf(field).getLabel(), (field, value) ->
                value instanceof BigDecimal number ? "acceleratorMultiplier".equals(field)
                        ? plain(number) + " ×" : plain(PlanDraft.percent(number)) + " %" : String.valueOf(value));
    }

    private static String plain(BigDecimal value) {
        return UserFormats.current().number(value, Math.max(0, value.stripTrailingZeros().scale()));
    }

    /** The form's labels for the named terms, joined for a sentence. */
    String labelsOf(Set<String> names) {
        return names.stream().map(name -> fieldOf(name).getLabel()).collect(Collectors.joining(", "));
    }

    private BigDecimalField fieldOf(String name) {
        return switch (name) {
            case "revenueRate" -> revenueRate;
            case "gpRateAboveMin" -> gpRate;
            case "acceleratorThreshold" -> threshold;
            default -> multiplier;
        };
    }

    /** A refusal from the service, its message (already in the user's language) at the field it concerns. */
    void showError(RuleViolation violation) {
        Map<String, HasValidation> fields = Map.of("revenueRate", revenueRate, "gpRateAboveMin", gpRate,
                "acceleratorThreshold", threshold, "acceleratorMultiplier", multiplier);
        FormErrors.show(violation, fields);
    }
}
