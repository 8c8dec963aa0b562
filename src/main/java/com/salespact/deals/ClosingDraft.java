package com.salespact.deals;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the close confirmation asks: for a win the amount and close date, for a loss the reason (and date). A plain
 * bean for the dialog's Binder; {@link Deal#closing} decides whether it holds.
 */
public class ClosingDraft {

    private BigDecimal amount;
    private LocalDate closedOn;
    private String lostReason;

    public ClosingDraft() {
    }

    public ClosingDraft(BigDecimal amount, LocalDate closedOn, String lostReason) {
        this.amount = amount;
        this.closedOn = closedOn;
        this.lostReason = lostReason;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public void setClosedOn(LocalDate closedOn) {
        this.closedOn = closedOn;
    }

    public String getLostReason() {
        return lostReason;
    }

    public void setLostReason(String lostReason) {
        this.lostReason = lostReason;
    }
}
