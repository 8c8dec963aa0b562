package com.salespact.deals.ui;

import com.salespact.deals.DealDetails;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** When the deal was created and each move from stage to stage, with who made it. */
class StageHistory extends UnorderedList {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");

    private final ZoneId zone;

    StageHistory(ZoneId zone) {
        this.zone = zone;
        setId("stage-history");
    }

    void show(DealDetails deal) {
        removeAll();
        deal.history().forEach(move -> add(new ListItem(move.from() == null
                ? getTranslation("deals.created-line", WHEN.format(move.at().atZone(zone)), move.by())
                : getTranslation("deals.history-line", WHEN.format(move.at().atZone(zone)),
                        getTranslation("stage." + move.from().name()), getTranslation("stage." + move.to().name()),
                        move.by()))));
    }
}
