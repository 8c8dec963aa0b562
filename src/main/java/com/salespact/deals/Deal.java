package com.salespact.deals;

import com.salespact.base.AbstractEntity;
import com.salespact.base.Formats;
import com.salespact.base.Messages;
import com.salespact.base.RuleViolation;
import com.salespact.base.TextRules;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import org.hibernate.annotations.OptimisticLock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A sales opportunity. Rules live here: GP never above the amount, every stage move recorded. */
@Entity
@Table(name = "deal")
public class Deal extends AbstractEntity {

    @Column(name = "external_id", unique = true)
    private String externalId;

    @Column(nullable = false)
    private String name;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Column(nullable = false)
    private BigDecimal amount = BigDecimal.ZERO;

    @Column(name = "gross_profit", nullable = false)
    private BigDecimal grossProfit = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Stage stage = Stage.PROSPECT;

    @Enumerated(EnumType.STRING)
    @Column(name = "forecast_category", nullable = false)
    private ForecastCategory forecastCategory = ForecastCategory.PIPELINE;

    @Column(name = "expected_close_date", nullable = false)
    private LocalDate expectedCloseDate;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "next_step")
    private String nextStep;

    @Column(name = "lost_reason")
    private String lostReason;

    @Column(name = "stage_entered_at", nullable = false)
    private Instant stageEnteredAt;

    /** When the row was inserted: technical, never counted. */
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /**
     * The business day the opportunity was opened: today in the company's zone when created in the app, the file's
     * created date when imported. New opportunities are counted by it, so imported history never counts as this
     * week's work.
     */
    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    /**
     * When the row last changed through the app, for API clients asking for what changed since (decision 024).
     * Technical like {@code createdAt}: the wall clock, never counted.
     */
    @Column(name = "updated_at")
    private Instant updatedAt;

    @OneToMany(mappedBy = "deal", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("changedAt")
    private List<StageChange> stageChanges = new ArrayList<>();

    /** Ticking a checklist item is not an edit of the deal, so it never causes a version conflict. */
    @OneToMany(mappedBy = "deal", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("stage, position")
    @OptimisticLock(excluded = true)
    private List<Milestone> milestones = new ArrayList<>();

    protected Deal() {
    }

    public Deal(String name, Long accountId, Long ownerId, LocalDate expectedCloseDate, Long createdBy, Instant now,
                ZoneId zone) {
        this.externalId = ExternalIds.newDealId();
        this.name = name;
        this.accountId = accountId;
        this.ownerId = ownerId;
        this.expectedCloseDate = expectedCloseDate;
        this.createdAt = now;
        this.openedOn = LocalDate.ofInstant(now, zone);
        this.stageEnteredAt = now;
        stageChanges.add(new StageChange(this, null, Stage.PROSPECT, createdBy, now));
        ensureMilestones();
    }

    @PrePersist
    @PreUpdate
    void stampUpdated() {
        updatedAt = Instant.now();
    }

    /** Applies the editor's changes; the rules below decide, and the first broken one names its field. */
    public void apply(DealDraft draft, Long changedBy, Instant now, ZoneId zone) {
        if (draft.getName() == null || draft.getName().isBlank()) {
            throw RuleViolation.at("name", "deals.rule.name-required");
        }
        if (draft.getAccountId() == null) {
            throw RuleViolation.at("accountId", "deals.rule.account-required");
        }
        TextRules.require("name", draft.getName(), 200, false);
        TextRules.require("nextStep", draft.getNextStep(), 500, true);
        TextRules.require("lostReason", draft.getLostReason(), 500, true);
        checkCloseDate(draft.getExpectedCloseDate(), draft.getStage(), LocalDate.ofInstant(now, zone));
        setName(draft.getName());
        accountId = draft.getAccountId();
        setMoney(draft.getAmount(), draft.getGrossProfit());
        expectedCloseDate = draft.getExpectedCloseDate();
        forecastCategory = draft.getForecastCategory() == null ? ForecastCategory.PIPELINE : draft.getForecastCategory();
        nextStep = blankToNull(draft.getNextStep());
        lostReason = blankToNull(draft.getLostReason());
        if (draft.getStage() != null) {
            moveTo(draft.getStage(), changedBy, now, zone);
        }
    }

    static void checkCloseDate(LocalDate date, Stage stage, LocalDate today) {
        if (date == null) {
            throw RuleViolation.at("expectedCloseDate", "deals.rule.close-required");
        }
        if (date.isAfter(today.plusYears(3))) {
            throw RuleViolation.at("expectedCloseDate", "deals.rule.close-too-late");
        }
        if ((stage == null || stage.isOpen()) && date.isBefore(today.minusYears(1))) {
            throw RuleViolation.at("expectedCloseDate", "deals.rule.close-too-early");
        }
    }

    /**
     * The business dates a deal may carry (an import gives them from the file): opened and closed on days that have
     * come, never closed before it was opened, and a closed date only on a won or lost deal.
     */
    public static void checkBusinessDates(LocalDate openedOn, LocalDate closedOn, Stage stage, LocalDate today) {
        if (openedOn != null && openedOn.isAfter(today)) {
            throw RuleViolation.at("openedOn", "deals.rule.opened-in-future");
        }
        if (closedOn == null) {
            return;
        }
        if (stage == null || stage.isOpen()) {
            throw RuleViolation.at("closedOn", "deals.rule.closed-on-open-deal");
        }
        if (closedOn.isAfter(today)) {
            throw RuleViolation.at("closedOn", "deals.rule.closed-in-future");
        }
        if (openedOn != null && closedOn.isBefore(openedOn)) {
            throw RuleViolation.at("closedOn", "deals.rule.closed-before-opened");
        }
    }

    /** Gives the current stage its default checklist if it has none yet. */
    public final void ensureMilestones() {
        boolean has = milestones.stream().anyMatch(m -> m.getStage() == stage);
        if (!has) {
            List<String> labels = MilestoneTemplate.forStage(stage);
            for (int i = 0; i < labels.size(); i++) {
                milestones.add(new Milestone(this, stage, i, labels.get(i)));
            }
        }
    }

    void markMilestone(long milestoneId, boolean done, Instant now) {
        milestones.stream().filter(m -> m.getId() == milestoneId).findFirst()
                .orElseThrow(() -> RuleViolation.of("deals.rule.no-checklist-item"))
                .mark(done, now);
    }

    List<Milestone> getMilestones() {
        return Collections.unmodifiableList(milestones);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Sets amount and GP together so the rule "GP ≤ amount, amount ≥ 0" is checked on the pair. */
    public void setMoney(BigDecimal amount, BigDecimal grossProfit) {
        if (amount == null || amount.signum() < 0) {
            throw RuleViolation.at("amount", "deals.rule.amount-negative");
        }
        if (grossProfit == null) {
            throw RuleViolation.at("grossProfit", "deals.rule.gp-required");
        }
        if (grossProfit.compareTo(amount) > 0) {
            throw RuleViolation.at("grossProfit", "deals.rule.gp-above-amount");
        }
        this.amount = amount;
        this.grossProfit = grossProfit;
    }

    /** Moves the deal and records who moved it; closing stamps the close date. */
    public void moveTo(Stage target, Long movedBy, Instant now, ZoneId zone) {
        if (target == stage) {
            return;
        }
        if (target == Stage.LOST && (lostReason == null || lostReason.isBlank())) {
            throw RuleViolation.at("lostReason", "deals.rule.lost-reason-required");
        }
        enter(target, movedBy, now, target.isClosed() ? LocalDate.ofInstant(now, zone) : null);
    }

    /**
     * Checks a close to WON or LOST as the user confirmed it and returns it to wait out its undo window; the deal
     * itself changes only when {@link #settle} applies it (decision 012). The first broken rule names its field.
     */
    DealClosing closing(Stage target, BigDecimal confirmedAmount, LocalDate closeDate, String reason, Long closedBy,
                        Instant now, Instant undoUntil, LocalDate today, Formats formats) {
        if (target == null || target.isOpen()) {
            throw RuleViolation.at("stage", "deals.rule.won-or-lost");
        }
        if (stage.isClosed()) {
            throw RuleViolation.of("deals.rule.closed-already");
        }
        if (closeDate == null) {
            throw RuleViolation.at("closedOn", "deals.rule.close-date-required");
        }
        if (closeDate.isAfter(today)) {
            throw RuleViolation.at("closedOn", "deals.rule.close-date-in-future");
        }
        if (closeDate.isBefore(today.minusYears(1))) {
            throw RuleViolation.at("closedOn", "deals.rule.close-date-too-old");
        }
        if (target == Stage.WON) {
            checkWonAmount(confirmedAmount, formats);
            return new DealClosing(getId(), stage, target, confirmedAmount, closeDate, null, closedBy, now, undoUntil);
        }
        String why = blankToNull(reason);
        if (why == null) {
            throw RuleViolation.at("lostReason", "deals.rule.lost-reason-required");
        }
        TextRules.require("lostReason", why, 500, true);
        return new DealClosing(getId(), stage, target, null, closeDate, why, closedBy, now, undoUntil);
    }

    private void checkWonAmount(BigDecimal confirmedAmount, Formats formats) {
        if (confirmedAmount == null) {
            throw RuleViolation.at("amount", "deals.rule.amount-required");
        }
        if (confirmedAmount.signum() < 0) {
            throw RuleViolation.at("amount", "deals.rule.amount-negative");
        }
        if (confirmedAmount.compareTo(grossProfit) < 0) {
            throw RuleViolation.at("amount", "deals.rule.amount-below-gp", formats.money(grossProfit));
        }
    }

    /**
     * Applies a closing whose undo window has passed. The stage history records the move when and by whom it was
     * confirmed; a deal moved meanwhile (by the editor, another tablet) keeps that move and the closing is refused.
     */
    void settle(DealClosing closing) {
        if (stage != closing.getFromStage()) {
            throw RuleViolation.of("deals.rule.moved-while-closing", Messages.text("stage." + stage.name()));
        }
        if (closing.getToStage() == Stage.WON) {
            setMoney(closing.getAmount(), grossProfit);
        } else {
            lostReason = closing.getLostReason();
        }
        enter(closing.getToStage(), closing.getClosedBy(), closing.getClosedAt(), closing.getClosedOn());
    }

    /** Every stage move goes through here, so each one is in the history. */
    private void enter(Stage target, Long movedBy, Instant at, LocalDate closeDate) {
        stageChanges.add(new StageChange(this, stage, target, movedBy, at));
        stage = target;
        stageEnteredAt = at;
        closedOn = closeDate;
        if (target == Stage.WON) {
            forecastCategory = ForecastCategory.COMMIT;
        }
        ensureMilestones();
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getGrossProfit() {
        return grossProfit;
    }

    public Stage getStage() {
        return stage;
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

    public LocalDate getClosedOn() {
        return closedOn;
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

    public Instant getStageEnteredAt() {
        return stageEnteredAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    List<StageChange> getStageChanges() {
        return Collections.unmodifiableList(stageChanges);
    }
}
