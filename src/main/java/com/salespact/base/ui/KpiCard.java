package com.salespact.base.ui;

import com.salespact.base.Pace;
import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;

/**
 * A labelled big number with an optional detail line and pace badge. One element (its parts are markup), as the
 * dashboards show many of them per user.
 */
public class KpiCard extends Div {

    private final String label;
    private String value;
    private String detail;
    private String badge = "";

    public KpiCard(String label, String value, String detail) {
        this.label = label;
        addClassName("kpi-card");
        update(value, detail);
    }

    /** Adds the pace badge (green on track, amber behind, red at risk) with the attainment. */
    public KpiCard withPace(Pace pace, BigDecimal attainment) {
        badge = PaceBadge.html(this, pace, attainment);
        render();
        return this;
    }

    public final void update(String newValue, String newDetail) {
        value = newValue;
        detail = newDetail == null ? "" : newDetail;
        render();
    }

    public String value() {
        return value;
    }

    public String detail() {
        return detail;
    }

    /** What the card reads out: label, value and detail. */
    public String text() {
        return label + " " + value + " " + detail;
    }

    private void render() {
        getElement().setProperty("innerHTML", Html.span("kpi-label", label) + Html.span("kpi-value", value)
                + Html.span("kpi-detail", detail) + badge);
    }
}
