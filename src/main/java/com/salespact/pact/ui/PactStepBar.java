package com.salespact.pact.ui;

import com.salespact.pact.PactDocument;
import com.salespact.pact.PactStep;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/** The five steps and the review page as buttons, the current one marked, each complete step ticked. */
class PactStepBar extends Nav {

    private final Map<PactStep, Button> buttons = new EnumMap<>(PactStep.class);

    PactStepBar() {
        setId("pact-steps");
        addClassName("pact-steps");
    }

    /** @param current the step shown, null for the review page; @param go goes to a step's slug */
    void show(PactStep current, PactDocument document, Consumer<String> go) {
        removeAll();
        buttons.clear();
        for (PactStep each : PactStep.values()) {
            Button link = button(each.number() + " " + getTranslation("pact.step." + each.slug()),
                    () -> go.accept(each.slug()), each == current);
            link.setId("pact-step-" + each.slug());
            buttons.put(each, link);
            add(link);
        }
        markComplete(document);
        Button review = button(getTranslation("pact.step.review"), () -> go.accept(PactNavigation.REVIEW),
                current == null);
        review.setId("pact-step-review");
        add(review);
    }

    /**
     * The ticks follow what is complete now. The buttons themselves stay: a button replaced by a save that a click
     * had just started on would swallow that click (the step bar ignored the first click after typing).
     */
    void markComplete(PactDocument document) {
        buttons.forEach((each, button) -> {
            boolean complete = document.step(each).problems().isEmpty();
            if (complete == button.getElement().hasAttribute("data-complete")) {
                return;
            }
            button.setIcon(complete ? VaadinIcon.CHECK.create() : null);
            button.getElement().setAttribute("data-complete", complete);
        });
    }

    private static Button button(String text, Runnable action, boolean current) {
        Button button = new Button(text, event -> action.run());
        button.addThemeVariants(current ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
        if (current) {
            button.getElement().setAttribute("aria-current", "step");
        }
        return button;
    }
}
