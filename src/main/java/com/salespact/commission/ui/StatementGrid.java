package com.salespact.commission.ui;

import com.salespact.base.ui.UserFormats;
import com.salespact.commission.CommissionFormat;
import com.salespact.commission.LinePart;
import com.salespact.deals.DealLinks;
import com.salespact.commission.Statement;
import com.salespact.commission.StatementLine;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A statement's lines: deal, account, won date, amount, GP, the rules that paid it (one per part, in words with their
 * numbers) and the commission; the footer carries the totals. The rep's own statement has "Question this line".
 */
class StatementGrid extends Grid<StatementLine> {


    private final CommissionFormat format;
    private final Consumer<StatementLine> onQuestion;
    private final Column<StatementLine> amount;
    private final Column<StatementLine> commission;
    private boolean canQuestion;
    private Set<Long> questioned = Set.of();

    /**
     * Four columns so a portrait tablet shows everything without scrolling sideways: the deal with its account and
     * won date under it, amount with GP, the rules (the widest), and the commission with "Question" under it.
     */
    StatementGrid(CommissionFormat format, Consumer<StatementLine> onQuestion) {
        this.format = format;
        this.onQuestion = onQuestion;
        setId("commission-lines");
        addClassName("commission-lines");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        addColumn(new ComponentRenderer<>(this::deal)).setHeader(getTranslation("commission.col.deal"))
                .setFlexGrow(3).setKey("deal");
        amount = addColumn(new ComponentRenderer<>(this::money)).setHeader(getTranslation("commission.col.amount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0).setKey("amount");
        addColumn(new ComponentRenderer<>(this::rules)).setHeader(getTranslation("commission.col.rule"))
                .setFlexGrow(5).setKey("rule");
        commission = addColumn(new ComponentRenderer<>(this::commission))
                .setHeader(getTranslation("commission.col.commission")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0).setKey("commission");
    }

    void show(Statement statement, boolean canQuestion, Set<Long> questioned) {
        this.canQuestion = canQuestion;
        this.questioned = questioned;
        setItems(statement.lines());
        amount.setFooter(getTranslation("commission.col.amount.total", format.money(statement.revenue()),
                format.money(statement.grossProfit())));
        commission.setFooter(format.cents(statement.total()));
    }

    private Component deal(StatementLine line) {
        Anchor link = new Anchor(DealLinks.deal(line.deal().dealId()), line.deal().name());
        link.addClassName("commission-deal");
        Span meta = new Span(getTranslation("commission.col.deal.meta", line.deal().accountName(),
                UserFormats.current().date(line.deal().wonOn())));
        meta.addClassName("commission-deal-meta");
        return stacked(link, meta);
    }

    private Component money(StatementLine line) {
        Span gp = new Span(getTranslation("commission.col.gp.short", format.money(line.deal().grossProfit())));
        gp.addClassName("commission-deal-meta");
        Div cell = stacked(new Span(format.money(line.deal().amount())), gp);
        cell.addClassName("commission-cell-end");
        return cell;
    }

    private Component commission(StatementLine line) {
        Span paid = new Span(format.cents(line.commission()));
        paid.addClassName("commission-paid");
        Div cell = stacked(paid);
        cell.addClassName("commission-cell-end");
        if (canQuestion) {
            cell.add(action(line));
        }
        return cell;
    }

    private static Div stacked(Component... parts) {
        Div cell = new Div(parts);
        cell.addClassName("commission-cell");
        return cell;
    }

    /** One rule per line of the cell: "3.0 % of €12,000 revenue   €360.00". */
    private Component rules(StatementLine line) {
        Div rules = new Div();
        rules.addClassName("commission-rules");
        for (LinePart part : line.parts()) {
            var text = part.text(format);
            Span words = new Span(getTranslation(text.key(), text.arguments()));
            words.addClassName("commission-rule-text");
            Span paid = new Span(format.cents(part.commission()));
            paid.addClassName("commission-rule-amount");
            Div rule = new Div(words, paid);
            rule.addClassName("commission-rule");
            rules.add(rule);
        }
        return rules;
    }

    private Component action(StatementLine line) {
        if (questioned.contains(line.deal().dealId())) {
            Span open = new Span(getTranslation("commission.question.open"));
            open.getElement().getThemeList().add("badge contrast");
            open.addClassName("commission-question-open");
            return open;
        }
        Button question = new Button(getTranslation("commission.question.button"), VaadinIcon.QUESTION_CIRCLE_O.create());
        question.addClassName("commission-question");
        question.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        question.setMinHeight("44px");
        question.addClickListener(event -> onQuestion.accept(line));
        return question;
    }
}
