package com.salespact.goals.ui;

import com.salespact.base.Formats;
import com.salespact.base.ui.UserFormats;
import com.salespact.goals.TargetRevisionLine;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;

/** A target's revisions, newest first: when and who, old → new revenue and minimum GP, and why. */
class TargetHistory extends Div {

    private final Div entries = new Div();
    private final ZoneId zone;

    TargetHistory(ZoneId zone) {
        this.zone = zone;
        setId("target-history");
        addClassName("target-history");
        entries.setId("target-history-entries");
        add(new H4(getTranslation("targets.history")), entries);
    }

    void show(List<TargetRevisionLine> revisions) {
        entries.removeAll();
        if (revisions.isEmpty()) {
            entries.add(new Paragraph(getTranslation("targets.history.empty")));
            return;
        }
        Formats formats = UserFormats.current();
        for (TargetRevisionLine revision : revisions) {
            Span head = new Span(getTranslation("targets.history.by", formats.dateTime(revision.changedAt(), zone),
                    revision.changedBy() == null ? "—" : revision.changedBy()));
            head.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            Span change = new Span(revision.oldRevenue() == null
                    ? getTranslation("targets.history.first", amount(revision.newRevenue()),
                            amount(revision.newMinGrossProfit()))
                    : getTranslation("targets.history.change", amount(revision.oldRevenue()),
                            amount(revision.newRevenue()), amount(revision.oldMinGrossProfit()),
                            amount(revision.newMinGrossProfit())));
            change.addClassName("target-history-change");
            Span why = new Span(getTranslation("targets.history.why", revision.reason()));
            why.addClassName("target-history-reason");
            Div entry = new Div(head, change, why);
            entry.addClassName("target-history-entry");
            entry.getStyle().set("display", "flex").set("flex-direction", "column")
                    .set("padding", "var(--lumo-space-s) 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
            entries.add(entry);
        }
    }

    void clear() {
        entries.removeAll();
    }

    private String amount(BigDecimal value) {
        return value == null ? "—" : UserFormats.current().money(value);
    }
}
