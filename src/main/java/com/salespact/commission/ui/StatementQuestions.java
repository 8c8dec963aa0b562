package com.salespact.commission.ui;

import com.salespact.base.ui.FormErrors;
import com.salespact.commission.CommissionRights;
import com.salespact.commission.CommissionService;
import com.salespact.commission.QuestionLine;
import com.salespact.commission.StatementLine;
import com.vaadin.flow.component.Component;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

/**
 * Questions on statement lines: the shown rep's questions, the open ones waiting for whoever may answer, and the
 * dialogs to ask and to answer. Not a component itself: the page places the two lists where they belong.
 */
class StatementQuestions {

    private final CommissionService commission;
    private final CommissionRights rights;
    private final Runnable changed;
    /** The shown rep's questions. */
    final QuestionList ofRep;
    /** Open questions in the caller's scope, for those who answer them. */
    final QuestionList toAnswer;

    StatementQuestions(CommissionService commission, CommissionRights rights, ZoneId zone,
                       Consumer<QuestionLine> openStatement, Runnable changed) {
        this.commission = commission;
        this.rights = rights;
        this.changed = changed;
        ofRep = new QuestionList("commission-questions", zone, this::answer, openStatement);
        toAnswer = new QuestionList("commission-to-answer", zone, this::answer, openStatement);
    }

    /** @return the shown rep's questions (none without a rep) */
    List<QuestionLine> show(Long repId) {
        List<QuestionLine> repQuestions = repId == null ? List.of() : commission.questions(repId);
        ofRep.setVisible(repId != null);
        ofRep.show(text(rights.chooseRep() ? "commission.questions.rep" : "commission.questions.mine"),
                text("commission.questions.none"), repQuestions, false, rights.answerQuestions());
        if (rights.answerQuestions()) {
            toAnswer.show(text("commission.questions.to-answer"), text("commission.questions.none-open"),
                    commission.openQuestions(), true, true);
        }
        return repQuestions;
    }

    void ask(StatementLine line) {
        String context = text("commission.question.context", line.deal().name(),
                commission.format().date(line.deal().wonOn()), commission.format().money(line.deal().amount()),
                commission.format().cents(line.commission()));
        new QuestionDialog(text("commission.question.title"), context,
                text("commission.question.label"), text("commission.question.send"),
                question -> commission.questionLine(line.deal().dealId(), question), () -> {
                    FormErrors.success(text("commission.question.sent"));
                    changed.run();
                }).open();
    }

    private void answer(QuestionLine question) {
        new QuestionDialog(text("commission.answer.title", question.repName()), question.question(),
                text("commission.answer.label"), text("commission.answer.send"),
                answer -> commission.answer(question.id(), answer), () -> {
                    FormErrors.success(text("commission.answer.sent"));
                    changed.run();
                }).open();
    }

    private String text(String key, Object... parameters) {
        return ofRep.getTranslation(key, parameters);
    }
}
