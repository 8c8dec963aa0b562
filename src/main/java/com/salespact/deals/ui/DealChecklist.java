package com.salespact.deals.ui;

import com.salespact.deals.DealDetails;
import com.salespact.deals.DealService;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import java.util.function.Consumer;

/** The milestones of the deal's current stage as boxes to tick; each tap is saved at once. */
class DealChecklist extends Div {

    private final DealService deals;
    /** Gets the deal as stored after a tap. */
    private final Consumer<DealDetails> marked;

    DealChecklist(DealService deals, Consumer<DealDetails> marked) {
        this.deals = deals;
        this.marked = marked;
        addClassName("checklist");
        setId("checklist");
    }

    void show(DealDetails deal) {
        removeAll();
        deal.milestones().stream().filter(item -> item.stage() == deal.stage()).forEach(item -> {
            Checkbox box = new Checkbox(item.label(), item.done());
            box.addClassName("checklist-item");
            // Boxes are rebuilt, never set programmatically, so every change here is the user's tap.
            box.addValueChangeListener(event -> marked.accept(deals.markMilestone(deal.id(), item.id(),
                    event.getValue())));
            add(box);
        });
    }
}
