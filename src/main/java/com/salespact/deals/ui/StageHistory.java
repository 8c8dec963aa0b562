package com.salespact.deals.ui;

import com.salespact.base.ui.UserFormats;
import com.salespact.deals.DealDetails;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;

/** When the deal was created and each move from stage to stage, with who made it. */
class StageHistory extends UnorderedList {


    private final ZoneId zone;

    StageHistory(ZoneId zone) {
        this.zone = zone;
        setId("stage-history");
    }

    void show(DealDetails deal) {
        removeAll();
        deal.history().forEach(move -> add(new ListItem(move.from() == null
                ? getTranslation("deals.created-line", UserFormats.current().dateTime(move.at().atZone(zone)), move.by())
                : getTranslation("deals.history-line", UserFormats.current().dateTime(move.at().atZone(zone)),
                        getTranslation("stage." + move.from().name()), getTranslation("stage." + move.to().name()),
                        move.by()))));
    }
}
