package com.salespact.dashboard.ui;

import com.salespact.activities.query.ScoreLine;
import com.salespact.activities.query.WeekScorecard;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;

/** Reps × minimum standards for the week; each cell "done / minimum", coloured by pace against what is due by now. */
class ScorecardGrid extends Grid<WeekScorecard> {

    ScorecardGrid() {
        setId("mas-scorecard");
        addColumn(WeekScorecard::repName).setHeader(getTranslation("dashboard.rep")).setFlexGrow(2);
        for (ScoreLine.Metric metric : ScoreLine.Metric.values()) {
            addComponentColumn(card -> cell(card.line(metric))).setHeader(getTranslation("mas." + metric.name()));
        }
        setAllRowsVisible(true);
    }

    void show(List<WeekScorecard> cards) {
        setItems(cards);
    }

    private static Span cell(ScoreLine line) {
        Span cell = new Span(line.actual() + " / " + line.minimum());
        cell.addClassNames("rag-cell", "pace-" + line.pace().name().toLowerCase(Locale.ROOT));
        cell.getElement().setAttribute("data-pace", line.pace().name());
        return cell;
    }
}
