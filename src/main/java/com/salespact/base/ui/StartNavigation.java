package com.salespact.base.ui;

import com.vaadin.flow.component.UI;

/** The signed-in person's start page: "/" sends each role to its own first screen. */
public final class StartNavigation {

    private StartNavigation() {
    }

    public static void start() {
        UI.getCurrent().navigate("");
    }
}
