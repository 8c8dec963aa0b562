package com.salespact.deals.ui;

import com.salespact.base.ui.FieldLimits;
import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FormErrors;
import com.salespact.base.ui.UnsavedWork;
import com.salespact.deals.AccountChoice;
import com.salespact.deals.DealDraft;
import com.salespact.deals.AccountService;
import com.salespact.deals.ForecastCategory;
import com.salespact.deals.Stage;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** The deal editor's fields. Simple checks happen here; the deal's own rules decide on save. */
class DealForm extends Composite<FormLayout> {

    final TextField name = new TextField(getTranslation("deals.name"));
    final ComboBox<AccountChoice> account = new ComboBox<>(getTranslation("deals.account"));
    final BigDecimalField amount = new BigDecimalField(getTranslation("deals.amount"));
    final BigDecimalField grossProfit = new BigDecimalField(getTranslation("deals.gp"));
    final Select<Stage> stage = new Select<>();
    final DatePicker expectedClose = new DatePicker(getTranslation("deals.close"));
    final Select<ForecastCategory> forecast = new Select<>();
    final TextArea nextStep = new TextArea(getTranslation("deals.next-step"));
    final TextField lostReason = new TextField(getTranslation("deals.lost-reason"));

    /** The amount columns are numeric(14,2). */
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

    private final Binder<DealDraft> binder = new Binder<>(DealDraft.class);
    private DealDraft draft;
    private AccountChoice currentAccount;

    DealForm(AccountService accounts) {
        name.setRequired(true);
        FieldLimits.maxLength(name, 200);
        account.setRequired(true);
        account.setItemLabelGenerator(AccountChoice::name);
        account.setItems(query -> accounts.visibleAccounts(query.getFilter().orElse(null), query.getOffset(),
                query.getLimit()).stream());
        amount.setRequiredIndicatorVisible(true);
        grossProfit.setRequiredIndicatorVisible(true);
        stage.setLabel(getTranslation("deals.stage"));
        stage.setItems(Stage.values());
        stage.setItemLabelGenerator(value -> getTranslation("stage." + value.name()));
        forecast.setLabel(getTranslation("deals.forecast"));
        forecast.setItems(ForecastCategory.values());
        forecast.setItemLabelGenerator(value -> getTranslation("forecast." + value.name()));
        FieldLimits.maxLength(nextStep, 500);
        FieldLimits.maxLength(lostReason, 500);
        stage.addValueChangeListener(event -> {
            lostReason.setRequired(event.getValue() == Stage.LOST);
            lostReason.setVisible(event.getValue() != null && event.getValue().isClosed());
        });
        lostReason.setVisible(false);
        com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n dates =
                new com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n();
        dates.setDateFormats("d MMM yyyy", "yyyy-MM-dd", "d.M.yyyy", "M/d/yyyy");
        expectedClose.setI18n(dates);

        binder.forField(name).asRequired(getTranslation("deals.name")).bind(DealDraft::getName, DealDraft::setName);
        binder.forField(account).asRequired(getTranslation("deals.account"))
                .bind(d -> d.getAccountId() == null ? null : currentAccount, (d, a) -> d.setAccountId(a == null ? null : a.id()));
        binder.forField(amount).asRequired(getTranslation("deals.amount"))
                .withValidator(value -> value.signum() >= 0, "Amount must be zero or more")
                .withValidator(value -> value.compareTo(MAX_AMOUNT) < 0, "Amount must be below 1,000,000,000,000")
                .bind(DealDraft::getAmount, DealDraft::setAmount);
        binder.forField(grossProfit).asRequired(getTranslation("deals.gp"))
                .withValidator((value, context) -> amount.getValue() == null || value.compareTo(amount.getValue()) <= 0
                        ? ValidationResult.ok() : ValidationResult.error("Gross profit cannot be more than the amount"))
                .withValidator(value -> value.abs().compareTo(MAX_AMOUNT) < 0, "Gross profit must be below 1,000,000,000,000")
                .bind(DealDraft::getGrossProfit, DealDraft::setGrossProfit);
        binder.forField(stage).asRequired(getTranslation("deals.stage")).bind(DealDraft::getStage, DealDraft::setStage);
        binder.forField(expectedClose).asRequired(getTranslation("deals.close"))
                .bind(DealDraft::getExpectedCloseDate, DealDraft::setExpectedCloseDate);
        binder.forField(forecast).asRequired(getTranslation("deals.forecast")).bind(DealDraft::getForecastCategory, DealDraft::setForecastCategory);
        binder.forField(nextStep).bind(DealDraft::getNextStep, DealDraft::setNextStep);
        binder.forField(lostReason).bind(DealDraft::getLostReason, DealDraft::setLostReason);
        amount.addValueChangeListener(event -> binder.validate());

        getContent().add(name, account, amount, grossProfit, stage, expectedClose, forecast, lostReason, nextStep);
        getContent().setColspan(nextStep, 2);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
    }

    void edit(DealDraft newDraft, AccountChoice accountChoice) {
        this.draft = newDraft;
        this.currentAccount = accountChoice;
        binder.readBean(newDraft);
    }

    boolean hasChanges() {
        return binder.hasChanges();
    }

    /** The edited copy when every field is valid; the draft loaded into the form is left as it was. */
    Optional<DealDraft> write() {
        DealDraft copy = new DealDraft();
        if (draft == null || !binder.writeBeanIfValid(copy)) {
            return Optional.empty();
        }
        return Optional.of(copy);
    }

    void showError(RuleViolation violation) {
        FormErrors.show(violation, Map.<String, HasValidation>of("name", name, "accountId", account, "amount", amount,
                "grossProfit", grossProfit, "expectedCloseDate", expectedClose, "lostReason", lostReason,
                "nextStep", nextStep));
    }

    /** Issue 14: what is typed here is kept on the device until the server has it (see UnsavedWork). */
    UnsavedWork keptOnDevice() {
        return new UnsavedWork(this).text("name", name).typed("amount", amount, UnsavedWork::decimal)
                .typed("grossProfit", grossProfit, UnsavedWork::decimal)
                .typed("expectedClose", expectedClose, java.time.LocalDate::parse)
                .chosen("stage", stage, Stage::name, Stage::valueOf)
                .chosen("forecast", forecast, ForecastCategory::name, ForecastCategory::valueOf)
                .text("nextStep", nextStep).text("lostReason", lostReason);
    }

    BigDecimal amountValue() {
        return amount.getValue();
    }
}
