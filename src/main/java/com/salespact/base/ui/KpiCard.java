package com.salespact.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A labelled big number with an optional detail line and badge. */
public class KpiCard extends Div {

    private final Span value = new Span();
    private final Span detail = new Span();

    public KpiCard(String label, String value, String detail) {
        addClassName("kpi-card");
        Span caption = new Span(label);
        caption.addClassName("kpi-label");
        this.value.addClassName("kpi-value");
        this.detail.addClassName("kpi-detail");
        add(caption, this.value, this.detail);
        update(value, detail);
    }

    public KpiCard withBadge(Component badge) {
        add(badge);
        return this;
    }

    public final void update(String newValue, String newDetail) {
        value.setText(newValue);
        detail.setText(newDetail == null ? "" : newDetail);
    }

    public String value() {
        return value.getText();
    }
}
