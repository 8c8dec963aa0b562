package com.salespact.pact.ui;

import com.salespact.base.ui.UserFormats;
import com.salespact.pact.PactChange;
import com.salespact.pact.PactPlan;
import com.salespact.pact.PactStep;
import com.salespact.pact.PactVersionDetails;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;

/**
 * The whole pact, read-only: the period it covers, then step by step with amounts in the company currency and the
 * sales formula's numbers as agreed. Fields that differ from the signed version it replaces are marked and show what
 * they were; fields that were dropped are listed as removed.
 */
class PactDocumentView extends Composite<Div> {


    /**
     * @param planLink whether to link to the commission page from the commission plan signed with the pact (not on
     *                 paper)
     */
    PactDocumentView(PactVersionDetails pact, List<PactChange> changes, boolean planLink) {
        PactPlan plan = pact.commission();
        Integer replacesNumber = pact.replacesNumber();
        getContent().addClassName("pact-document");
        getContent().add(period(pact));
        Map<PactStep, Map<String, String>> fields = pact.fields();
        for (PactStep step : PactStep.values()) {
            Div section = new Div(new H3(step.number() + " · " + getTranslation("pact.step." + step.slug())));
            section.addClassName("pact-document-step");
            section.setId("pact-document-" + step.slug());
            fields.get(step).forEach((label, value) -> {
                PactChange change = find(changes, step, label);
                section.add(row(label, value, change));
            });
            changes.stream().filter(change -> change.step() == step && change.after().isEmpty())
                    .forEach(change -> section.add(row(change.field(), "", change)));
            if (step == PactStep.TARGETS && plan != PactPlan.NONE) {
                // The commission plan is signed with the pact, so it is read with step 1's targets.
                section.add(new PactPlanPanel(plan, replacesNumber, planLink));
            }
            getContent().add(section);
        }
    }

    /**
     * When the version is in force: validFrom–validUntil once countersigned (within the period agreed in step 1);
     * before that it is not in force yet.
     */
    private Div period(PactVersionDetails pact) {
        String value = pact.validFrom() == null || pact.validUntil() == null
                ? getTranslation("pact.document.period-unset")
                : getTranslation("pact.document.period-value", UserFormats.current().longDate(pact.validFrom()),
                        UserFormats.current().longDate(pact.validUntil()));
        Div row = row(getTranslation("pact.document.period"), value, null);
        row.setId("pact-document-period");
        return row;
    }

    private static PactChange find(List<PactChange> changes, PactStep step, String label) {
        return changes.stream().filter(change -> change.step() == step && change.field().equals(label)).findFirst()
                .orElse(null);
    }

    private Div row(String label, String value, PactChange change) {
        Span name = new Span(label);
        name.addClassName("pact-document-label");
        Span text = new Span(value.isBlank() ? "—" : value);
        text.addClassName("pact-document-value");
        Div row = new Div(name, text);
        row.addClassName("pact-document-row");
        if (change != null) {
            row.addClassName("pact-changed");
            Span was = new Span(change.before().isBlank() ? getTranslation("pact.diff.added")
                    : change.after().isBlank() ? getTranslation("pact.diff.removed", change.before())
                    : getTranslation("pact.diff.was", change.before()));
            was.addClassName("pact-document-was");
            row.add(was);
        }
        return row;
    }
}
