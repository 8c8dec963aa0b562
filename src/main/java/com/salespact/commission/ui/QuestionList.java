package com.salespact.commission.ui;

import com.salespact.base.ui.UserFormats;
import com.salespact.commission.QuestionLine;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

/** Questions on statement lines as cards: the question, when, and the answer or that one is awaited. */
class QuestionList extends Div {


    private final H3 title = new H3();
    private final Div cards = new Div();
    private final ZoneId zone;
    private final Consumer<QuestionLine> onAnswer;
    private final Consumer<QuestionLine> onOpen;

    QuestionList(String id, ZoneId zone, Consumer<QuestionLine> onAnswer, Consumer<QuestionLine> onOpen) {
        this.zone = zone;
        this.onAnswer = onAnswer;
        this.onOpen = onOpen;
        setId(id);
        addClassName("commission-questions");
        cards.addClassName("commission-question-cards");
        add(title, cards);
    }

    /**
     * @param showRep   name the rep on each card (managers look at several)
     * @param canAnswer offer "Answer" on open questions
     */
    void show(String heading, String empty, List<QuestionLine> questions, boolean showRep, boolean canAnswer) {
        title.setText(heading);
        cards.removeAll();
        if (questions.isEmpty()) {
            Paragraph none = new Paragraph(empty);
            none.addClassName("commission-questions-empty");
            cards.add(none);
            return;
        }
        questions.forEach(question -> cards.add(card(question, showRep, canAnswer)));
    }

    private Div card(QuestionLine question, boolean showRep, boolean canAnswer) {
        Div card = new Div();
        card.addClassName("commission-question-card");
        card.getElement().setAttribute("data-question", String.valueOf(question.id()));
        String about = showRep ? getTranslation("commission.question.about-rep", question.repName(), question.dealName())
                : question.dealName();
        Span header = new Span(about);
        header.addClassName("commission-question-about");
        Span raised = new Span(getTranslation("commission.question.raised", UserFormats.current().dateTime(question.raisedAt().atZone(zone))));
        raised.addClassName("commission-question-when");
        Paragraph asked = new Paragraph(question.question());
        asked.addClassName("commission-question-text");
        card.add(header, raised, asked);
        if (question.answered()) {
            Paragraph answer = new Paragraph(getTranslation("commission.question.answer", question.answeredBy(),
                    question.answer()));
            answer.addClassName("commission-question-answer");
            card.add(answer);
        } else {
            Span waiting = new Span(getTranslation("commission.question.waiting"));
            waiting.getElement().getThemeList().add("badge contrast");
            card.add(waiting);
        }
        Div actions = new Div();
        actions.addClassName("form-actions");
        if (showRep) {
            Button open = new Button(getTranslation("commission.question.statement"), event -> onOpen.accept(question));
            open.addClassName("commission-question-statement");
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(open);
        }
        if (canAnswer && !question.answered()) {
            Button answer = new Button(getTranslation("commission.question.answer-button"),
                    event -> onAnswer.accept(question));
            answer.addClassName("commission-answer");
            answer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(answer);
        }
        if (actions.getComponentCount() > 0) {
            card.add(actions);
        }
        return card;
    }
}
