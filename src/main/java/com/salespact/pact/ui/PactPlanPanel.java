package com.salespact.pact.ui;

import com.salespact.pact.PactPlan;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The commission plan inside the pact, read-only: in step 1 of the wizard, on the review page and in the printout.
 * A draft shows the plan as it stands (it is frozen on proposal); a proposed or signed version the terms frozen into
 * it, a plan changed since as "not yet part of the signed pact", and what differs from the version it replaces. The
 * plan itself is changed on the commission page, which managers reach through the link.
 */
class PactPlanPanel extends Composite<Div> {

    PactPlanPanel(PactPlan plan, Integer replacesNumber, boolean withLink) {
        Div content = getContent();
        content.setId("pact-commission");
        content.addClassName("pact-commission");

        Span label = new Span(plan.terms() == null ? getTranslation("pact.commission.title-none")
                : getTranslation("pact.commission.title", String.valueOf(plan.terms().fiscalYear())));
        label.addClassName("pact-document-label");
        Span value = new Span(plan.terms() != null ? plan.termsText()
                : getTranslation(plan.frozen() ? "pact.commission.none-signed" : "pact.commission.none"));
        value.addClassName("pact-document-value");
        value.setId("pact-commission-terms");
        Div row = new Div(label, value);
        row.addClassName("pact-document-row");
        if (plan.changedFrom(replacesNumber)) {
            row.addClassName("pact-changed");
            Span was = new Span(plan.replaced() == null ? getTranslation("pact.diff.added")
                    : getTranslation("pact.diff.was", plan.replacedText()));
            was.addClassName("pact-document-was");
            row.add(was);
        }
        content.add(row);

        Span note = new Span(!plan.frozen() ? getTranslation("pact.commission.draft")
                : plan.terms() != null ? getTranslation("pact.commission.frozen")
                : plan.standing() == null ? getTranslation("pact.commission.not-frozen")
                : getTranslation("pact.commission.not-frozen-plan", plan.standingText()));
        note.addClassName("pact-commission-note");
        content.add(new Div(note));
        if (plan.terms() != null && plan.standing() != null) {
            // Changed outside the pact: shown, never paid, until a new version holds it.
            Div standing = new Div(new Span(getTranslation(plan.signed() ? "pact.commission.standing"
                    : "pact.commission.standing-proposed", plan.standingText())));
            standing.setId("pact-commission-standing");
            standing.addClassName("pact-notice");
            content.add(standing);
        }
        if (withLink && plan.planLink() != null) {
            Anchor open = new Anchor(plan.planLink(), getTranslation("pact.commission.open"));
            open.setId("pact-commission-link");
            content.add(new Div(open));
        }
    }
}
