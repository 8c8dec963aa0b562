package com.salespact.pact.ui;

import com.salespact.pact.PactChange;
import com.salespact.pact.PactDocument;
import com.salespact.pact.PactStep;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;

/**
 * The whole pact, read-only, step by step. Fields that differ from the signed version it replaces are marked and
 * show what they were; fields that were dropped are listed as removed.
 */
class PactDocumentView extends Composite<Div> {

    PactDocumentView(PactDocument document, List<PactChange> changes) {
        getContent().addClassName("pact-document");
        Map<PactStep, Map<String, String>> fields = document.fields();
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
            getContent().add(section);
        }
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
