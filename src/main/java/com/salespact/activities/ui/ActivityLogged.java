package com.salespact.activities.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/** Fired on the UI after the floating dialog logged an activity, so an open activities page recounts at once. */
public class ActivityLogged extends ComponentEvent<UI> {

    public ActivityLogged(UI source) {
        super(source, false);
    }

    static void fire(UI ui) {
        ComponentUtil.fireEvent(ui, new ActivityLogged(ui));
    }
}
