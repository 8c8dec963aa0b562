package com.salespact.commission.ui;

import com.salespact.base.Money;
import com.salespact.base.ui.KpiCard;
import com.salespact.commission.CommissionFormat;
import com.salespact.commission.PlanTerms;
import com.salespact.commission.RepStatement;
import com.salespact.commission.Statement;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Above the lines: the totals (commission, revenue against target, GP against the minimum), the plan in words and
 * how the statement is worked out, with this period's numbers, so a rep can check every line without a spreadsheet.
 */
class StatementSummary extends Div {

    final KpiCard total;
    final KpiCard revenue;
    final KpiCard grossProfit;
    final Paragraph plan = new Paragraph();
    private final Div how = new Div();
    private final CommissionFormat format;

    StatementSummary(CommissionFormat format) {
        this.format = format;
        addClassName("commission-summary");
        total = card("commission.kpi.total", "commission-total");
        revenue = card("commission.kpi.revenue", "commission-revenue");
        grossProfit = card("commission.kpi.gp", "commission-gp");
        Div cards = new Div(total, revenue, grossProfit);
        cards.addClassName("kpi-row");
        plan.setId("commission-plan-summary");
        plan.addClassName("commission-plan-summary");
        how.setId("commission-how");
        Details details = new Details(getTranslation("commission.how.title"), how);
        details.setId("commission-how-details");
        add(cards, plan, details);
    }

    private KpiCard card(String label, String id) {
        KpiCard card = new KpiCard(getTranslation(label), "", "");
        card.setId(id);
        return card;
    }

    void show(RepStatement shown) {
        Statement statement = shown.statement();
        String fiscalYear = String.valueOf(shown.period().fiscalYear());
        total.update(format.cents(statement.total()), getTranslation("commission.kpi.total.detail",
                format.cents(statement.revenueCommission()), format.cents(statement.acceleratedCommission()),
                format.cents(statement.grossProfitCommission())));
        String revenueDetail;
        if (!statement.target().hasRevenueTarget()) {
            revenueDetail = getTranslation("commission.kpi.revenue.no-target");
        } else if (statement.thresholdAmount() == null) {
            revenueDetail = getTranslation("commission.kpi.revenue.detail", Money.percent(shown.attainment()),
                    format.money(statement.target().revenue()));
        } else {
            revenueDetail = getTranslation("commission.kpi.revenue.accelerator", Money.percent(shown.attainment()),
                    format.money(statement.target().revenue()), format.money(statement.thresholdAmount()));
        }
        revenue.update(format.money(statement.revenue()), revenueDetail);
        grossProfit.update(format.money(statement.grossProfit()), getTranslation("commission.kpi.gp.detail",
                format.money(statement.target().minGrossProfit()), format.money(statement.grossProfitAboveMinimum())));

        PlanTerms terms = statement.terms();
        plan.setText(terms == null ? getTranslation("commission.plan.none", fiscalYear)
                : getTranslation("commission.plan.words", fiscalYear, format.rate(terms.revenueRate()),
                        format.threshold(terms.acceleratorThreshold()), format.multiplier(terms.acceleratorMultiplier()),
                        format.rate(terms.acceleratedRate()), format.rate(terms.gpRateAboveMin())));

        how.removeAll();
        how.add(new Paragraph(getTranslation("commission.how.period", format.money(statement.target().revenue()),
                        format.money(statement.target().minGrossProfit()), fiscalYear)),
                new Paragraph(getTranslation("commission.how.revenue")),
                new Paragraph(statement.thresholdAmount() == null ? getTranslation("commission.how.no-accelerator")
                        : getTranslation("commission.how.accelerator", format.money(statement.thresholdAmount()))),
                new Paragraph(getTranslation("commission.how.gp", format.money(statement.target().minGrossProfit()))),
                new Paragraph(getTranslation("commission.how.rounding")),
                new Paragraph(getTranslation("commission.how.live")));
    }
}
