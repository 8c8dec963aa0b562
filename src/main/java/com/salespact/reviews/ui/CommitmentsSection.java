package com.salespact.reviews.ui;

import com.salespact.base.ui.HtmlTable;
import com.salespact.pact.query.CommitmentActual;
import com.salespact.reviews.ReviewService;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/**
 * The manager's side of the pact in the meeting: each commitment of the pact in force measured over the review's
 * period (its week, or its quarter), from the facts, so a held review keeps what was true when it was held.
 */
class CommitmentsSection extends ReviewSection {

    private final Paragraph hint = new Paragraph();
    final HtmlTable<CommitmentActual> table = new HtmlTable<>();

    CommitmentsSection(ReviewService reviews, Runnable reload) {
        super("review-commitments", "commitments.review.title", reviews, reload);
        hint.addClassName("review-hint");
        hint.setId("review-commitments-hint");
        table.setId("review-commitments-table");
        CommitmentColumns.addTo(table, this, commitment -> commitment);
        add(hint, table);
    }

    @Override
    void render() {
        List<CommitmentActual> commitments = details.facts() == null ? List.of() : details.facts().commitments();
        hint.setText(commitments.isEmpty() ? getTranslation("commitments.review.none")
                : getTranslation("commitments.review.period", ReviewLabels.shortDay(details.period().start()),
                        ReviewLabels.shortDay(details.period().end())));
        table.setVisible(!commitments.isEmpty());
        table.setItems(commitments);
    }
}
