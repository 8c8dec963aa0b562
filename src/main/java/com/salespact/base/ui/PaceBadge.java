package com.salespact.base.ui;

import com.salespact.base.Money;
import com.salespact.base.Pace;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;

/** The pace colour as a badge: green on track, amber behind, red at risk, with the attainment in words. */
public class PaceBadge extends Span {

    public PaceBadge(Pace pace, BigDecimal attainment) {
        addClassNames("pace-badge", "pace-" + pace.name().toLowerCase(java.util.Locale.ROOT));
        getElement().setAttribute("data-pace", pace.name());
        setText(getTranslation("pace." + pace.name()) + " · " + Money.percent(attainment));
    }
}
