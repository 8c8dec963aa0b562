package com.salespact.demo;

/**
 * How one demo rep behaves. {@code performance} is the share of the pro-rated target the rep wins in the current
 * quarter (1.0 = exactly on target); past quarters drift around it. {@code effort} scales the daily activity counts.
 */
record DemoRep(String username, boolean hunter, String team, String managerUsername, double performance,
        double drift, double winRate, double grossMargin) {

    /** 0.77 for the weakest rep, about 1.07 for the strongest, so weak reps miss their weekly minimum standards. */
    double effort() {
        return 0.45 + 0.5 * performance;
    }

    String businessType() {
        return hunter ? "NEW" : "EXISTING";
    }
}
