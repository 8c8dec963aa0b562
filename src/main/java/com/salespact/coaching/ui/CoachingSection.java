package com.salespact.coaching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

/**
 * One titled part of the development page (sessions, training plan, notes). The page builds its sections afresh for
 * every rep it shows, from data it has already read, so a refused rep never leaves half a page and forms start empty.
 */
abstract class CoachingSection extends Div {


    CoachingSection(String id, String titleKey) {
        add(new H3(getTranslation(titleKey)));
        setId(id);
        addClassName("coaching-section");
    }

    static Div actions(Button button) {
        Div actions = new Div(button);
        actions.addClassName("form-actions");
        return actions;
    }
}
