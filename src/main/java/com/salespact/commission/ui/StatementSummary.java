package com.salespact.commission.ui;

import com.salespact.base.ui.UserFormats;
import com.salespact.base.ui.KpiCard;
import com.salespact.commission.CommissionFormat;
import com.salespact.commission.PlanTerms;
import com.salespact.commission.RepStatement;
import com.salespact.commission.RuleText;
import com.salespact.commission.Statement;
import com.salespact.commission.StatementPact;
import com.salespact.pact.PactLinks;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;

/**
 * Above the lines: the totals (commission, revenue against target, GP against the minimum), the plan in words and
 * how the statement is worked out, with this period's numbers, so a rep can check every line without a spreadsheet.
 */
class StatementSummary extends Div {


    final KpiCard total;
    final KpiCard revenue;
    final KpiCard grossProfit;
    final Paragraph plan = new Paragraph();
    /** Which sales pact the statement follows, or that none is in force. */
    final Paragraph pact = new Paragraph();
    /** A plan changed after the pact was proposed: not yet part of the signed pact. */
    final Paragraph pactPending = new Paragraph();
    private final Anchor pactLink = new Anchor();
    private final Div how = new Div();
    private final CommissionFormat format;
    private final ZoneId zone;

    StatementSummary(CommissionFormat format, ZoneId zone) {
        this.format = format;
        this.zone = zone;
        addClassName("commission-summary");
        total = card("commission.kpi.total", "commission-total");
        revenue = card("commission.kpi.revenue", "commission-revenue");
        grossProfit = card("commission.kpi.gp", "commission-gp");
        Div cards = new Div(total, revenue, grossProfit);
        cards.addClassName("kpi-row");
        plan.setId("commission-plan-summary");
        plan.addClassName("commission-plan-summary");
        pact.setId("commission-pact");
        pact.addClassName("commission-pact");
        pactLink.setId("commission-pact-link");
        pactPending.setId("commission-pact-pending");
        pactPending.addClassName("commission-pact-pending");
        how.setId("commission-how");
        Details details = new Details(getTranslation("commission.how.title"), how);
        details.setId("commission-how-details");
        add(cards, pact, pactPending, plan, details);
    }

    /** The pact in force governs: name the version the statement follows, or say that none is in force. */
    private void showPact(RepStatement shown) {
        StatementPact followed = shown.pact();
        String fiscalYear = String.valueOf(shown.period().fiscalYear());
        pactPending.setVisible(false);
        if (followed == null) {
            pact.setText(getTranslation("commission.pact.none", fiscalYear));
            pact.getElement().setAttribute("data-version", "");
            return;
        }
        String periodTarget = format.money(shown.statement().target().revenue());
        pact.setText(getTranslation("commission.pact.follows", followed.number(),
                followed.signedAt() == null ? "" : UserFormats.current().date(followed.signedAt().atZone(zone))) + " "
                + (followed.termsSigned()
                ? getTranslation("commission.pact.terms-signed", format.money(followed.revenueTarget()), periodTarget)
                : getTranslation("commission.pact.terms-not-signed", fiscalYear,
                        format.money(followed.revenueTarget()), periodTarget)) + " ");
        pact.getElement().setAttribute("data-version", String.valueOf(followed.number()));
        pactLink.setHref(PactLinks.review(followed.versionId()));
        pactLink.setText(getTranslation("commission.pact.open"));
        pact.add(pactLink);
        if (followed.changedPlan() != null) {
            pactPending.setText(getTranslation("commission.pact.pending", fiscalYear,
                    text(format.summary(followed.changedPlan()))));
            pactPending.setVisible(true);
        }
    }

    private String text(RuleText rule) {
        return getTranslation(rule.key(), rule.arguments());
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
            revenueDetail = getTranslation("commission.kpi.revenue.detail", format.formats().percent(shown.attainment()),
                    format.money(statement.target().revenue()));
        } else {
            revenueDetail = getTranslation("commission.kpi.revenue.accelerator", format.formats().percent(shown.attainment()),
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

        showPact(shown);

        how.removeAll();
        if (shown.pact() != null) {
            how.add(new Paragraph(getTranslation("commission.pact.how", format.money(shown.pact().revenueTarget()),
                    format.money(shown.pact().minGrossProfit()))));
        }
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
