package com.salespact.dashboard.ui;

import com.salespact.base.PeriodKind;
import com.salespact.base.ui.KpiCard;
import com.salespact.base.ui.UserFormats;
import com.salespact.goals.PipelineCoverage;
import com.salespact.goals.query.TeamPace;
import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;

/**
 * The dashboard's key figures for a period, each label naming the period: revenue won against target (with pace),
 * target due by today, forecast, pipeline coverage and gross profit. One team's or, summed, every team's.
 */
class DashboardCards extends Div {

    DashboardCards() {
        addClassName("kpi-row");
    }

    void show(TeamPace pace, BigDecimal openToPeriodEnd, BigDecimal forecast, PeriodKind kind) {
        PipelineCoverage coverage = PipelineCoverage.of(openToPeriodEnd, pace.target(), pace.actualRevenue());
        removeAll();
        add(new KpiCard(getTranslation(PeriodTexts.key("dashboard.revenue", kind)), money(pace.actualRevenue()),
                        getTranslation(PeriodTexts.key("dashboard.of-target", kind), money(pace.target())))
                        .withPace(pace.pace(), pace.attainment()),
                new KpiCard(getTranslation("dashboard.due-today"), money(pace.dueTarget()),
                        getTranslation("dashboard.due-detail")),
                new KpiCard(getTranslation("dashboard.forecast"), money(forecast),
                        getTranslation("dashboard.forecast-detail")),
                new KpiCard(getTranslation("dashboard.coverage"), UserFormats.current().times(coverage.ratio().orElse(null)),
                        getTranslation(PeriodTexts.key("my.coverage-detail", kind), money(coverage.open()),
                                money(coverage.remaining()))),
                new KpiCard(getTranslation("dashboard.gp"), money(pace.actualGrossProfit()),
                        getTranslation(PeriodTexts.key("dashboard.of-min-gp", kind), money(pace.grossProfitTarget()))));
    }

    private static String money(BigDecimal amount) {
        return UserFormats.current().money(amount);
    }
}
