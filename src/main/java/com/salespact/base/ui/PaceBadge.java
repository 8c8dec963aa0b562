package com.salespact.base.ui;

import com.salespact.base.Pace;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.Locale;

/** The pace colour as a badge: green on track, amber behind, red at risk, with the attainment in words. */
public class PaceBadge extends Span {

    public PaceBadge(Pace pace, BigDecimal attainment) {
        addClassNames("pace-badge", cssClass(pace));
        getElement().setAttribute("data-pace", pace.name());
        setText(text(this, pace, attainment));
    }

    /** The same badge as markup, for parts drawn as one element (see {@link Html}). */
    public static String html(Component context, Pace pace, BigDecimal attainment) {
        return span("pace-badge", pace, text(context, pace, attainment));
    }

    /**
     * {@code <span class="className pace-…" data-pace="…">text</span>}: any pace-coloured markup (badges, RAG cells);
     * a null pace (a standard the pact leaves out) gives the plain "no-standard" look.
     */
    public static String span(String className, Pace pace, String text) {
        String paceData = pace == null ? "" : " data-pace=\"" + pace.name() + "\"";
        return "<span class=\"" + className + " " + cssClass(pace) + "\"" + paceData + ">" + Html.escape(text)
                + "</span>";
    }

    /** A pace-coloured cell as a component (for grid cells): the same classes as {@link #span}. */
    public static Span cell(Pace pace, String text) {
        Span cell = new Span(text);
        cell.addClassNames("rag-cell", cssClass(pace));
        if (pace != null) {
            cell.getElement().setAttribute("data-pace", pace.name());
        }
        return cell;
    }

    private static String cssClass(Pace pace) {
        return pace == null ? "no-standard" : "pace-" + pace.name().toLowerCase(Locale.ROOT);
    }

    private static String text(Component context, Pace pace, BigDecimal attainment) {
        return context.getTranslation("pace." + pace.name()) + " · " + UserFormats.current().percent(attainment);
    }
}
