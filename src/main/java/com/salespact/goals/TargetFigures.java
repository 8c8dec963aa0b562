package com.salespact.goals;

import com.salespact.base.merge.DraftFields;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A target's editable figures as a form holds them: revenue, minimum gross profit and the twelve month weights
 * (fiscal month 1 first). What two concurrent saves of one target are merged on; the reason goes with each save.
 */
public class TargetFigures {

    /** Field names match the rule violations: revenue, minGrossProfit, weight1..weight12. */
    public static final DraftFields<TargetFigures> FIELDS = fields();

    private BigDecimal revenue;
    private BigDecimal minGrossProfit;
    private final List<BigDecimal> weights = new ArrayList<>(Collections.nCopies(Seasonality.MONTHS, null));

    public static TargetFigures of(BigDecimal revenue, BigDecimal minGrossProfit, Seasonality seasonality) {
        TargetFigures figures = new TargetFigures();
        figures.revenue = revenue;
        figures.minGrossProfit = minGrossProfit;
        for (int i = 0; i < Seasonality.MONTHS; i++) {
            figures.weights.set(i, seasonality.weights().get(i));
        }
        return figures;
    }

    private static DraftFields<TargetFigures> fields() {
        DraftFields<TargetFigures> fields = DraftFields.of(TargetFigures::new)
                .field("revenue", TargetFigures::getRevenue, TargetFigures::setRevenue)
                .field("minGrossProfit", TargetFigures::getMinGrossProfit, TargetFigures::setMinGrossProfit);
        for (int month = 1; month <= Seasonality.MONTHS; month++) {
            int index = month - 1;
            fields.field(Seasonality.field(month), (TargetFigures figures) -> figures.weights.get(index),
                    (figures, weight) -> figures.weights.set(index, weight));
        }
        return fields;
    }

    public BigDecimal getRevenue() {
        return revenue;
    }

    public void setRevenue(BigDecimal revenue) {
        this.revenue = revenue;
    }

    public BigDecimal getMinGrossProfit() {
        return minGrossProfit;
    }

    public void setMinGrossProfit(BigDecimal minGrossProfit) {
        this.minGrossProfit = minGrossProfit;
    }

    /** Twelve weights, fiscal month 1 first (an unfilled one is null). */
    public List<BigDecimal> getWeights() {
        return Collections.unmodifiableList(weights);
    }

    public void setWeight(int fiscalMonth, BigDecimal weight) {
        weights.set(fiscalMonth - 1, weight);
    }
}
