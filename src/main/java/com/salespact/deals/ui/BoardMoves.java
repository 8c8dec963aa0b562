package com.salespact.deals.ui;

import com.salespact.base.ui.FormErrors;
import com.salespact.deals.ClosingService;
import com.salespact.deals.DealConflictException;
import com.salespact.deals.DealRow;
import com.salespact.deals.DealService;
import com.salespact.deals.Stage;
import com.vaadin.flow.component.UI;

/**
 * A deal dragged or tapped on to another stage of the board. Closing is deliberate: Won or Lost opens the close
 * dialog (decision 014); a move over somebody else's newer change is refused and the board re-read.
 */
class BoardMoves {

    private final DealService deals;
    private final ClosingService closings;
    /** Re-reads the board shown. */
    private final Runnable refresh;

    BoardMoves(DealService deals, ClosingService closings, Runnable refresh) {
        this.deals = deals;
        this.closings = closings;
        this.refresh = refresh;
    }

    void open(DealRow deal) {
        DealsNavigation.toDeal(deal.id());
    }

    void move(DealRow deal, Stage stage) {
        if (stage.isClosed()) {
            new CloseDealDialog(closings, deal.id(), deal.version(), deal.name(), stage, refresh).open();
            return;
        }
        UI ui = UI.getCurrent();
        try {
            deals.moveStage(deal.id(), stage, deal.version());
            FormErrors.success(ui.getTranslation("deals.moved", deal.name(),
                    ui.getTranslation("stage." + stage.name())));
        } catch (DealConflictException conflict) {
            FormErrors.error(conflict.getMessage() + " " + ui.getTranslation("deals.board-refreshed"));
        }
        refresh.run();
    }
}
