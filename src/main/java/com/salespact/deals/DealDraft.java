package com.salespact.deals;

import com.salespact.base.merge.DraftFields;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the deal editor changes. A plain bean for the form's Binder; the service applies it to the deal
 * inside a transaction, where the entity's rules decide.
 */
public class DealDraft {

    /** The fields a concurrent save merges one by one; names match the form's fields and rule violations. */
    public static final DraftFields<DealDraft> FIELDS = DraftFields.of(DealDraft::new)
            .field("name", DealDraft::getName, DealDraft::setName)
            .field("accountId", DealDraft::getAccountId, DealDraft::setAccountId)
            .field("amount", DealDraft::getAmount, DealDraft::setAmount)
            .field("grossProfit", DealDraft::getGrossProfit, DealDraft::setGrossProfit)
            .field("stage", DealDraft::getStage, DealDraft::setStage)
            .field("forecastCategory", DealDraft::getForecastCategory, DealDraft::setForecastCategory)
            .field("expectedCloseDate", DealDraft::getExpectedCloseDate, DealDraft::setExpectedCloseDate)
            .field("nextStep", DealDraft::getNextStep, DealDraft::setNextStep)
            .field("lostReason", DealDraft::getLostReason, DealDraft::setLostReason);

    private String name;
    private Long accountId;
    private BigDecimal amount;
    private BigDecimal grossProfit;
    private Stage stage = Stage.PROSPECT;
    private ForecastCategory forecastCategory = ForecastCategory.PIPELINE;
    private LocalDate expectedCloseDate;
    private String nextStep;
    private String lostReason;

    public static DealDraft of(DealDetails deal) {
        DealDraft draft = new DealDraft();
        draft.name = deal.name();
        draft.accountId = deal.accountId();
        draft.amount = deal.amount();
        draft.grossProfit = deal.grossProfit();
        draft.stage = deal.stage();
        draft.forecastCategory = deal.forecastCategory();
        draft.expectedCloseDate = deal.expectedCloseDate();
        draft.nextStep = deal.nextStep();
        draft.lostReason = deal.lostReason();
        return draft;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public BigDecimal getGrossProfit() {
        return grossProfit;
    }

    public void setGrossProfit(BigDecimal grossProfit) {
        this.grossProfit = grossProfit;
    }

    public Stage getStage() {
        return stage;
    }

    public void setStage(Stage stage) {
        this.stage = stage;
    }

    public ForecastCategory getForecastCategory() {
        return forecastCategory;
    }

    public void setForecastCategory(ForecastCategory forecastCategory) {
        this.forecastCategory = forecastCategory;
    }

    public LocalDate getExpectedCloseDate() {
        return expectedCloseDate;
    }

    public void setExpectedCloseDate(LocalDate expectedCloseDate) {
        this.expectedCloseDate = expectedCloseDate;
    }

    public String getNextStep() {
        return nextStep;
    }

    public void setNextStep(String nextStep) {
        this.nextStep = nextStep;
    }

    public String getLostReason() {
        return lostReason;
    }

    public void setLostReason(String lostReason) {
        this.lostReason = lostReason;
    }
}
