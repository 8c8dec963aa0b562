package com.salespact.reviews.ui;

import com.salespact.feedback.FeedbackRelationSummary;
import com.salespact.feedback.FeedbackService;
import com.salespact.feedback.FeedbackSummary;
import com.salespact.reviews.ReviewService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * The 360 answers about the rep for the quarter under review, summarised as this reader may see them (anonymous
 * groups withheld until enough have answered): the quarterly plan review starts from them.
 */
class FeedbackSummarySection extends ReviewSection {

    private final FeedbackService feedback;

    FeedbackSummarySection(ReviewService reviews, FeedbackService feedback, Runnable reload) {
        super("review-360", "review.360.title", reviews, reload);
        this.feedback = feedback;
    }

    @Override
    void render() {
        getChildren().skip(1).toList().forEach(this::remove);
        FeedbackSummary summary = feedback.summary(details.repId(), details.period());
        if (summary.asked() == 0) {
            add(new Paragraph(getTranslation("review.360.none")));
            return;
        }
        add(new Paragraph(getTranslation("review.360.counts", summary.answered(), summary.asked())));
        for (FeedbackRelationSummary relation : summary.relations()) {
            Div group = new Div(new H4(getTranslation("feedback.360.relation." + relation.relation().name())
                    + " · " + getTranslation("review.360.answered", relation.answered(), relation.asked())
                    + (relation.averageRating() == null ? "" : " · " + getTranslation("review.360.average",
                    relation.averageRating().toPlainString()))));
            group.addClassName("review-360-group");
            if (relation.withheld()) {
                group.add(new Paragraph(getTranslation("review.360.withheld")));
            }
            list(group, "review.360.strengths", relation.strengths());
            list(group, "review.360.improvements", relation.improvements());
            add(group);
        }
    }

    private void list(Div group, String key, List<String> texts) {
        if (texts.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        texts.forEach(text -> list.add(new ListItem(text)));
        group.add(new Paragraph(getTranslation(key)), list);
    }
}
