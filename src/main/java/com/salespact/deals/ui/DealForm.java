package com.salespact.deals.ui;

import com.salespact.base.ui.LimitedTextArea;
import com.salespact.base.ui.UserFormats;
import com.salespact.base.ui.LimitedTextField;
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
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import com.salespact.base.ui.FieldConflictDialog;
import com.salespact.deals.DealDetails;

/** The deal editor's fields. Simple checks happen here; the deal's own rules decide on save. */
class DealForm extends Composite<FormLayout> {

    final TextField name = new LimitedTextField(getTranslation("deals.name"), 200);
    final ComboBox<AccountChoice> account = new ComboBox<>(getTranslation("deals.account"));
    final BigDecimalField amount = new BigDecimalField(getTranslation("deals.amount"));
    final BigDecimalField grossProfit = new BigDecimalField(getTranslation("deals.gp"));
    final Select<Stage> stage = new Select<>();
    final DatePicker expectedClose = new com.salespact.base.ui.LocalizedDatePicker(getTranslation("deals.close"));
    final Select<ForecastCategory> forecast = new Select<>();
    final TextArea nextStep = new LimitedTextArea(getTranslation("deals.next-step"), 500);
    final TextField lostReason = new LimitedTextField(getTranslation("deals.lost-reason"), 500);

    /** The amount columns are numeric(14,2). */
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

    private final Binder<DealDraft> binder = new Binder<>(DealDraft.class);
    private DealDraft draft;
    private AccountChoice currentAccount;

    DealForm(AccountService accounts) {
        name.setRequired(true);
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
        stage.addValueChangeListener(event -> {
            lostReason.setRequired(event.getValue() == Stage.LOST);
            lostReason.setVisible(event.getValue() != null && event.getValue().isClosed());
        });
        lostReason.setVisible(false);

        binder.forField(name).asRequired(getTranslation("deals.required.name")).bind(DealDraft::getName, DealDraft::setName);
        binder.forField(account).asRequired(getTranslation("deals.required.account"))
                .bind(d -> d.getAccountId() == null ? null : currentAccount, (d, a) -> d.setAccountId(a == null ? null : a.id()));
        binder.forField(amount).asRequired(getTranslation("deals.required.amount"))
                .withValidator(value -> value.signum() >= 0, getTranslation("deals.rule.amount-negative"))
                .withValidator(value -> value.compareTo(MAX_AMOUNT) < 0,
                        getTranslation("deals.rule.amount-too-large", UserFormats.current().count(MAX_AMOUNT.longValue())))
                .bind(DealDraft::getAmount, DealDraft::setAmount);
        binder.forField(grossProfit).asRequired(getTranslation("deals.required.gp"))
                .withValidator((value, context) -> amount.getValue() == null || value.compareTo(amount.getValue()) <= 0
                        ? ValidationResult.ok() : ValidationResult.error(getTranslation("deals.rule.gp-above-amount")))
                .withValidator(value -> value.abs().compareTo(MAX_AMOUNT) < 0,
                        getTranslation("deals.rule.gp-too-large", UserFormats.current().count(MAX_AMOUNT.longValue())))
                .bind(DealDraft::getGrossProfit, DealDraft::setGrossProfit);
        binder.forField(stage).asRequired(getTranslation("deals.required.stage")).bind(DealDraft::getStage, DealDraft::setStage);
        binder.forField(expectedClose).asRequired(getTranslation("deals.required.close"))
                .bind(DealDraft::getExpectedCloseDate, DealDraft::setExpectedCloseDate);
        binder.forField(forecast).asRequired(getTranslation("deals.required.forecast")).bind(DealDraft::getForecastCategory, DealDraft::setForecastCategory);
        binder.forField(nextStep).bind(DealDraft::getNextStep, DealDraft::setNextStep);
        binder.forField(lostReason).bind(DealDraft::getLostReason, DealDraft::setLostReason);
        amount.addValueChangeListener(event -> binder.validate());

        getContent().add(name, account, amount, grossProfit, stage, expectedClose, forecast, lostReason, nextStep);
        getContent().setColspan(nextStep, 2);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
    }

    /** A new deal starts open: Won and Lost are reached through the confirmed close, never typed in. */
    void editNew(DealDraft newDraft) {
        stage.setItems(Arrays.stream(Stage.values()).filter(value -> !value.isClosed()).toList());
        read(newDraft, null);
    }

    void edit(DealDraft newDraft, AccountChoice accountChoice) {
        stage.setItems(Stage.values());
        read(newDraft, accountChoice);
    }

    private void read(DealDraft newDraft, AccountChoice accountChoice) {
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
        FormErrors.show(violation, fields());
    }

    /** How the conflict dialog names this form's fields and shows their values (the current deal names accounts). */
    FieldConflictDialog.Labels conflictLabels(DealDetails current) {
        return FieldConflictDialog.Labels.of(fields(), (field, value) -> switch (value) {
            case Stage stageValue -> getTranslation("stage." + stageValue.name());
            case ForecastCategory category -> getTranslation("forecast." + category.name());
            case Long accountId when accountId.equals(current.accountId()) -> current.accountName();
            case Long accountId when account.getValue() != null && accountId.equals(account.getValue().id()) ->
                    account.getValue().name();
            default -> null;
        });
    }

    /** The form's fields by the draft's field names, as rule violations and merges name them. */
    private Map<String, HasValidation> fields() {
        return Map.of("name", name, "accountId", account, "amount", amount, "grossProfit", grossProfit, "stage", stage,
                "forecastCategory", forecast, "expectedCloseDate", expectedClose, "nextStep", nextStep,
                "lostReason", lostReason);
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
