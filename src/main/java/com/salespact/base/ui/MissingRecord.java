package com.salespact.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;

/**
 * A record asked for by its URL that the reader cannot have: missing, malformed or somebody else's. All three say the
 * same sentence, so a URL never reveals whether somebody else's record exists. The not-found page shows the sentence
 * and a way back to the record's list.
 */
public final class MissingRecord extends NotFoundException {

    private final transient Class<? extends Component> list;
    private final String listTitle;

    private MissingRecord(String sentence, Class<? extends Component> list, String listTitle) {
        super(sentence);
        this.list = list;
        this.listTitle = listTitle;
    }

    /** Shows the not-found page inside the shell, the URL kept as typed. */
    public static void reroute(BeforeEnterEvent event, String sentence, Class<? extends Component> list,
                               String listTitle) {
        event.rerouteToError(new MissingRecord(sentence, list, listTitle), sentence);
    }

    Class<? extends Component> list() {
        return list;
    }

    String listTitle() {
        return listTitle;
    }
}
