package com.salespact.reviews.ui;

import com.salespact.pact.LadderService;
import com.salespact.pact.ui.LadderSection;
import com.salespact.reviews.ReviewDetails;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;

/**
 * The rung of the pact's consequence ladder the rep stands on, with why and what was agreed for it, in every 1:1 and
 * plan review: the meeting where the consequence is talked through. Hidden when the rep has no pact in force.
 */
class LadderReviewSection extends Composite<Div> {

    private final LadderService ladder;

    LadderReviewSection(LadderService ladder) {
        this.ladder = ladder;
        getContent().setId("review-ladder");
        getContent().addClassName("review-section");
    }

    void show(ReviewDetails review) {
        Div content = getContent();
        content.removeAll();
        var position = ladder.standing(review.repId());
        setVisible(position.isPresent());
        position.ifPresent(standing -> content.add(new LadderSection(standing, ladder.history(review.repId()))));
    }
}
