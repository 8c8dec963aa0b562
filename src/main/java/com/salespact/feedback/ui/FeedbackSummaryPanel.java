package com.salespact.feedback.ui;

import com.salespact.feedback.FeedbackRelationSummary;
import com.salespact.feedback.FeedbackRespondentStatus;
import com.salespact.feedback.FeedbackSummary;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * A 360 summary as {@link com.salespact.feedback.FeedbackService#summary} gives it: one card per relation with
 * answers, average rating, strengths and improvements; anonymous groups without names, withheld ones explained.
 * The quarterly review can show the same component.
 */
class FeedbackSummaryPanel extends Div {

    /** @param statuses who has answered, for the subject's managers; null for anybody else */
    public FeedbackSummaryPanel(FeedbackSummary summary, String periodLabel, List<FeedbackRespondentStatus> statuses) {
        setId("feedback-summary");
        addClassName("feedback-summary");
        add(new H3(getTranslation("feedback.360.summary.title", summary.subjectName(), periodLabel)));
        if (summary.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("feedback.360.summary.none", summary.subjectName()));
            none.setId("feedback-summary-none");
            add(none);
            return;
        }
        Span counts = new Span(getTranslation("feedback.360.summary.counts", summary.answered(), summary.asked()));
        counts.setId("feedback-summary-counts");
        counts.addClassName("feedback-hint");
        Div cards = new Div();
        cards.addClassName("feedback-summary-cards");
        summary.relations().forEach(relation -> cards.add(card(relation)));
        add(counts, cards);
        if (statuses != null) {
            add(statusList(statuses));
        }
    }

    private Div card(FeedbackRelationSummary relation) {
        Div card = new Div();
        card.addClassName("feedback-relation");
        card.setId("feedback-relation-" + relation.relation().name().toLowerCase());
        card.add(new H4(getTranslation("feedback.360.relation." + relation.relation().name())));
        card.add(line("feedback-relation-counts",
                getTranslation("feedback.360.relation.counts", relation.answered(), relation.asked())));
        if (relation.withheld()) {
            card.add(line("feedback-relation-withheld", getTranslation("feedback.360.relation.withheld")));
            return card;
        }
        if (!relation.shown()) {
            card.add(line("feedback-relation-waiting", getTranslation("feedback.360.relation.waiting")));
            return card;
        }
        if (relation.averageRating() != null) {
            Span average = line("feedback-relation-average",
                    getTranslation("feedback.360.relation.average", relation.averageRating().toPlainString()));
            average.addClassName("feedback-average");
            card.add(average);
        }
        if (!relation.respondents().isEmpty()) {
            card.add(line("feedback-relation-names", String.join(", ", relation.respondents())));
        }
        texts(card, "feedback.360.strengths", relation.strengths(), "feedback-strengths");
        texts(card, "feedback.360.improvements", relation.improvements(), "feedback-improvements");
        return card;
    }

    private void texts(Div card, String titleKey, List<String> texts, String className) {
        if (texts.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName(className);
        texts.forEach(text -> list.add(new ListItem(text)));
        Span title = new Span(getTranslation(titleKey));
        title.addClassName("feedback-label");
        card.add(title, list);
    }

    private Div statusList(List<FeedbackRespondentStatus> statuses) {
        Div box = new Div(new H4(getTranslation("feedback.360.status.title")));
        box.setId("feedback-status");
        UnorderedList list = new UnorderedList();
        for (FeedbackRespondentStatus status : statuses) {
            ListItem item = new ListItem(status.respondentName() + " · "
                    + getTranslation("feedback.360.status.relation." + status.relation().name()) + " · "
                    + getTranslation(status.answered() ? "feedback.360.status.answered" : "feedback.360.status.waiting"));
            item.addClassName(status.answered() ? "answered" : "waiting");
            list.add(item);
        }
        box.add(list);
        return box;
    }

    private static Span line(String className, String text) {
        Span span = new Span(text);
        span.addClassNames("feedback-line", className);
        return span;
    }
}
