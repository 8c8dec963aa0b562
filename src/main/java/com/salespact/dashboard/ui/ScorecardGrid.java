package com.salespact.dashboard.ui;

import com.salespact.activities.query.ScoreLine;
import com.salespact.activities.query.WeekScorecard;
import com.salespact.base.ui.PaceBadge;
import com.salespact.base.ui.HtmlTable;
import java.util.List;

/** Reps × minimum standards for the week; each cell "done / minimum", coloured by pace against what is due by now. */
class ScorecardGrid extends HtmlTable<WeekScorecard> {

    ScorecardGrid() {
        setId("mas-scorecard");
        addColumn(getTranslation("dashboard.rep"), WeekScorecard::repName);
        for (ScoreLine.Metric metric : ScoreLine.Metric.values()) {
            addMarkupColumn(getTranslation("mas." + metric.name()), card -> cell(card.line(metric)));
        }
    }

    void show(List<WeekScorecard> cards) {
        setItems(cards);
    }

    private static String cell(ScoreLine line) {
        return PaceBadge.span("rag-cell", line.shownPace(), line.figure());
    }
}
