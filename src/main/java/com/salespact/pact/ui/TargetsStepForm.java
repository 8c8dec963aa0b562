package com.salespact.pact.ui;

import com.salespact.base.ui.UserFormats;
import com.salespact.pact.MasLine;
import com.salespact.pact.PactPeriod;
import com.salespact.pact.PeriodChoice;
import com.salespact.pact.TargetsStep;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * Step 1: the period, targets and minimum standards. "Fill from the sales formula" replaces the activity lines it
 * computes.
 */
class TargetsStepForm extends StepForm<TargetsStep> {


    private final Select<PactPeriod> period = field("period", new Select<>(), TargetsStep::period);

    private final BigDecimalField revenue = field("revenueTarget", money(getTranslation("pact.targets.revenue")),
            step -> whole(step.revenueTarget()));
    private final BigDecimalField grossProfit = field("grossProfitTarget", money(getTranslation("pact.targets.gp")),
            step -> whole(step.grossProfitTarget()));
    private final RowsField<MasLine> masLines = field("masLines", new RowsField<>(getTranslation("pact.targets.mas"),
            getTranslation("pact.targets.add-mas"), PactRows.masLine(), false), TargetsStep::masLines);
    private final TextArea plan = field("plan", textArea(getTranslation("pact.targets.plan"), 4000), TargetsStep::plan);
    private final TextArea alignment = field("alignment", textArea(getTranslation("pact.targets.alignment"), 2000),
            TargetsStep::alignment);
    private final Button fromFormula = new Button(getTranslation("pact.targets.from-formula"),
            VaadinIcon.CALC.create());

    /** @param formula the formula's MAS lines for a revenue target, empty when it cannot compute them */
    TargetsStepForm(Function<BigDecimal, List<MasLine>> formula, List<PeriodChoice> periods) {
        super(TargetsStep.class);
        period.setId("pact-period");
        period.setLabel(getTranslation("pact.period.label"));
        period.setHelperText(getTranslation("pact.period.helper"));
        period.setItems(periods.stream().map(PeriodChoice::period).toList());
        period.setItemLabelGenerator(chosen -> periods.stream().filter(choice -> choice.period().equals(chosen))
                .findFirst().map(this::label).orElse(""));
        period.setRequiredIndicatorVisible(true);
        revenue.setId("pact-revenue");
        grossProfit.setId("pact-gp");
        masLines.setId("pact-mas");
        plan.setId("pact-plan");
        alignment.setId("pact-alignment");
        fromFormula.setId("pact-mas-from-formula");
        fromFormula.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        fromFormula.addClickListener(event -> {
            List<MasLine> computed = formula.apply(revenue.getValue());
            if (computed.isEmpty()) {
                com.salespact.base.ui.FormErrors.error(getTranslation("pact.formula.cannot"));
                return;
            }
            masLines.setValue(TargetsStep.formulaReplaces(masLines.getValue(), computed));
        });
        getContent().add(period, revenue, grossProfit, masLines, fromFormula, plan, alignment);
        getContent().setColspan(period, 2);
        getContent().setColspan(masLines, 2);
        getContent().setColspan(plan, 2);
        getContent().setColspan(alignment, 2);
    }

    private String label(PeriodChoice choice) {
        PactPeriod chosen = choice.period();
        return choice.fiscalYear() != null
                ? getTranslation("pact.period.fiscal-year", String.valueOf(choice.fiscalYear()),
                        UserFormats.current().date(chosen.start()), UserFormats.current().date(chosen.end()))
                : getTranslation("pact.period.twelve-months", UserFormats.current().shortMonth(chosen.start()), UserFormats.current().date(chosen.start()),
                        UserFormats.current().date(chosen.end()));
    }

    /** 810000.00 reads as 810000; cents stay when there are any. */
    private static BigDecimal whole(BigDecimal amount) {
        return amount == null || amount.stripTrailingZeros().scale() > 0 ? amount : amount.setScale(0);
    }

    private static BigDecimalField money(String label) {
        BigDecimalField field = new BigDecimalField(label);
        syncAsTyped(field);
        field.setRequiredIndicatorVisible(true);
        return field;
    }

    @Override
    TargetsStep value() {
        return new TargetsStep(period.getValue(), revenue.getValue(), grossProfit.getValue(), masLines.getValue(), plan.getValue(),
                alignment.getValue());
    }

    @Override
    void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        fromFormula.setVisible(!readOnly);
    }
}
