package com.salespact.base.ui;

import com.salespact.base.Pace;

/** The pace colours for charts, matching the CSS badges (--sp-green, …: white text on them reads at 4.5:1 or more). */
public final class PaceColors {

    public static final String GREEN = "#1a7f45";
    public static final String AMBER = "#9a6518";
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
