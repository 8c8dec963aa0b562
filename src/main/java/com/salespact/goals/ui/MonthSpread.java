package com.salespact.goals.ui;

import com.salespact.base.ui.UserFormats;
import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Twelve small bars, one per fiscal month, scaled to the largest month; the title lists the amounts. */
class MonthSpread extends Div {

    MonthSpread(List<BigDecimal> months, int startMonth, Locale locale) {
        addClassName("month-spread");
        getStyle().set("display", "flex").set("align-items", "flex-end").set("gap", "2px").set("height", "28px")
                .set("min-width", "96px");
        BigDecimal max = months.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        for (BigDecimal month : months) {
            Div bar = new Div();
            double share = max.signum() == 0 ? 0 : month.divide(max, MathContext.DECIMAL64).doubleValue();
            bar.getStyle().set("flex", "1").set("min-width", "5px")
                    .set("height", Math.max(2, Math.round(share * 100)) + "%")
                    .set("background", max.signum() == 0 ? "var(--lumo-contrast-10pct)" : "var(--lumo-primary-color-50pct)")
                    .set("border-radius", "2px 2px 0 0");
            add(bar);
        }
        Month first = Month.of(startMonth);
        getElement().setAttribute("title", IntStream.range(0, months.size())
                .mapToObj(i -> first.plus(i).getDisplayName(TextStyle.SHORT, locale) + " " + UserFormats.current().money(months.get(i)))
                .collect(Collectors.joining(" · ")));
    }
}
