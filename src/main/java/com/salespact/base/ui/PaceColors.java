package com.salespact.base.ui;

import com.salespact.base.Pace;

/** The pace colours for charts, matching the CSS badges. */
public final class PaceColors {

    public static final String GREEN = "#1f8a4c";
    public static final String AMBER = "#b7791f";
    public static final String RED = "#c53030";
    public static final String TARGET = "#5b6b7f";

    private PaceColors() {
    }

    public static String of(Pace pace) {
        return switch (pace) {
            case ON_TRACK -> GREEN;
            case BEHIND -> AMBER;
            case AT_RISK -> RED;
        };
    }
}
