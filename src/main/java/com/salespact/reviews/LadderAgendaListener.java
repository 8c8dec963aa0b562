package com.salespact.reviews;

import com.salespact.base.Messages;
import com.salespact.pact.LadderPosition;
import com.salespact.pact.LadderRungChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A rung reached puts the consequence agreed in the pact on the rep's next 1:1 (scheduled if needed), with why it is
 * reached, so both sides talk about it: no rung is ever a surprise.
 */
@Component
class LadderAgendaListener {

    private final ReviewService reviews;

    LadderAgendaListener(ReviewService reviews) {
        this.reviews = reviews;
    }

    @EventListener
    void onRungChanged(LadderRungChanged changed) {
        if (!changed.steppedUp()) {
            return;
        }
        LadderPosition position = changed.position();
        String text = Messages.text("review.agenda.ladder", position.rung(), position.rungCount(),
                position.consequence(), position.reason());
        reviews.addAgendaItemToNextOneOnOne(changed.repId(),
                text.length() <= AgendaItem.MAX_TEXT ? text : text.substring(0, AgendaItem.MAX_TEXT - 1) + "…", false);
    }
}
