package com.salespact.pact.ui;

import com.salespact.pact.PactLinks;
import com.salespact.pact.PactStep;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import java.util.Map;

/** The public way into the pact screens: a version's step, its review page, its printout, the list. */
public final class PactNavigation {

    static final String REVIEW = PactLinks.REVIEW_STEP;

    private PactNavigation() {
    }

    public static void toStep(long versionId, PactStep step) {
        to(versionId, step.slug());
    }

    public static void toReview(long versionId) {
        to(versionId, REVIEW);
    }

    public static void toList() {
        UI.getCurrent().navigate(PactsView.class);
    }

    static void to(long versionId, String step) {
        UI.getCurrent().navigate(PactWizardView.class,
                new RouteParameters(Map.of("id", String.valueOf(versionId), "step", step)));
    }

    static String printLocation(long versionId) {
        return PactLinks.print(versionId);
    }
}
