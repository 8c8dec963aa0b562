package com.salespact.pact.ui;

import com.salespact.base.ui.UserFormats;
import com.salespact.pact.LadderEventLine;
import com.salespact.pact.LadderPosition;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * Where the rep stands on the consequence ladder agreed in their pact: the rung reached and why, what was agreed for
 * it, and (where asked) every step up or down. Shown on the pact page, the rep's My business, the 1:1 and the
 * quarterly review, so no rung is ever a surprise.
 */
public class LadderSection extends Composite<Div> {


    /** @param position null when the rep has no pact in force or was not evaluated yet */
    public LadderSection(LadderPosition position, List<LadderEventLine> history) {
        Div box = getContent();
        box.setId("ladder-section");
        box.addClassName("ladder-section");
        box.add(new H3(getTranslation("ladder.title")));
        box.add(badge(position));
        if (position != null && position.reached()) {
            Paragraph why = new Paragraph(getTranslation("ladder.why", position.reason()));
            why.setId("ladder-reason");
            Paragraph agreed = new Paragraph(getTranslation("ladder.agreed", position.consequence()));
            agreed.setId("ladder-consequence");
            box.add(why, agreed);
        }
        if (position != null) {
            Span evaluated = new Span(getTranslation("ladder.evaluated", UserFormats.current().date(position.weekStart())));
            evaluated.addClassName("ladder-evaluated");
            box.add(evaluated);
        }
        if (!history.isEmpty()) {
            UnorderedList steps = new UnorderedList();
            steps.setId("ladder-history");
            history.forEach(line -> steps.add(new ListItem(historyText(line))));
            box.add(new Span(getTranslation("ladder.history")), steps);
        }
    }

    /** The rung as a small badge, for lists. */
    public static Span badge(LadderPosition position) {
        Span badge = new Span();
        badge.addClassName("ladder-badge");
        badge.setId("ladder-badge");
        if (position == null) {
            badge.setText(badge.getTranslation("ladder.none-evaluated"));
            badge.getElement().setAttribute("data-rung", "none");
        } else if (!position.reached()) {
            badge.setText(badge.getTranslation("ladder.on-track"));
            badge.getElement().setAttribute("data-rung", "0");
        } else {
            badge.setText(badge.getTranslation("ladder.rung", position.rung(), position.rungCount()));
            badge.getElement().setAttribute("data-rung", String.valueOf(position.rung()));
            badge.getElement().setAttribute("title", position.reason());
        }
        return badge;
    }

    private String historyText(LadderEventLine line) {
        String week = UserFormats.current().date(line.weekStart());
        if (line.steppedUp()) {
            return getTranslation("ladder.history.up", week, line.toRung(), line.consequence(), line.reason());
        }
        return line.toRung() == 0 ? getTranslation("ladder.history.clear", week)
                : getTranslation("ladder.history.down", week, line.toRung());
    }
}
