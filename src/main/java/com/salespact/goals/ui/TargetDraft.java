package com.salespact.goals.ui;

import com.salespact.goals.Seasonality;
import com.salespact.goals.TargetFigures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** What the target editor edits: amounts, twelve weights and the reason for the change. */
class TargetDraft {

    private BigDecimal revenue;
    private BigDecimal minGrossProfit;
    private final List<BigDecimal> weights = new ArrayList<>();
    private String reason = "";

    TargetDraft() {
        Seasonality.flat().weights().forEach(weights::add);
    }

    static TargetDraft of(BigDecimal revenue, BigDecimal minGrossProfit, Seasonality seasonality) {
        TargetDraft draft = new TargetDraft();
        draft.revenue = revenue;
        draft.minGrossProfit = minGrossProfit;
        draft.weights.clear();
        draft.weights.addAll(seasonality.weights());
        return draft;
    }

    /** The figures as a save sends them, for the merge with a save made meanwhile. */
    TargetFigures figures() {
        TargetFigures figures = new TargetFigures();
        figures.setRevenue(revenue);
        figures.setMinGrossProfit(minGrossProfit);
        for (int month = 1; month <= Seasonality.MONTHS; month++) {
            figures.setWeight(month, weights.get(month - 1));
        }
        return figures;
    }

    BigDecimal getRevenue() {
        return revenue;
    }

    void setRevenue(BigDecimal revenue) {
        this.revenue = revenue;
    }

    BigDecimal getMinGrossProfit() {
        return minGrossProfit;
    }

    void setMinGrossProfit(BigDecimal minGrossProfit) {
        this.minGrossProfit = minGrossProfit;
    }

    /** Twelve entries, fiscal month 1 first; changeable in place by the binder. */
    List<BigDecimal> getWeights() {
        return weights;
    }

    String getReason() {
        return reason;
    }

    void setReason(String reason) {
        this.reason = reason;
    }
}
