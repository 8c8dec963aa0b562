package com.salespact.dashboard.ui;

import com.salespact.base.ui.UserFormats;
import com.salespact.deals.DealChanged;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The celebration of a won deal: shown by the browser for fifteen seconds, the latest win replacing the one before. */
class WallBanner extends Div {

    private static final String CELEBRATE = """
            const banner = this; banner.classList.add('show');
            clearTimeout(banner.__hide);
            banner.__hide = setTimeout(() => banner.classList.remove('show'), 15000);""";

    WallBanner() {
        addClassName("wall-banner");
        setId("wall-banner");
    }

    void celebrate(DealChanged deal) {
        removeAll();
        add(new Span(getTranslation("wall.won-banner", deal.ownerName(), deal.dealName(), UserFormats.current().money(deal.amount()))));
        getElement().executeJs(CELEBRATE);
    }

    String text() {
        return getElement().getTextRecursively();
    }
}
