package com.salespact.dashboard.ui;

import com.salespact.base.ui.HtmlTable;
import com.salespact.base.ui.PaceBadge;
import com.salespact.base.ui.UserFormats;
import com.salespact.goals.query.RepPace;
import java.util.Comparator;
import java.util.List;

/** A team's reps ranked by attainment (% of their pro-rated target, not amount): won, due by today and pace. */
class RepPaceTable extends HtmlTable<RepPace> {

    RepPaceTable() {
        setId("rep-pace");
        addColumn(getTranslation("dashboard.rep"), RepPace::fullName)
                .addColumn(getTranslation("dashboard.style"), rep -> getTranslation("style." + rep.repStyle()))
                .addNumberColumn(getTranslation("dashboard.won"), rep -> UserFormats.current().money(rep.actualRevenue()))
                .addNumberColumn(getTranslation("dashboard.due"), rep -> UserFormats.current().money(rep.dueTarget()))
                .addMarkupColumn(getTranslation("dashboard.pace"), rep -> PaceBadge.html(this, rep.pace(), rep.attainment()));
    }

    /** Shows the reps best first; @return them in that order (for the attainment chart). */
    List<RepPace> show(List<RepPace> reps) {
        List<RepPace> ranked = reps.stream()
                .sorted(Comparator.comparing(RepPace::attainment, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        setItems(ranked);
        return ranked;
    }
}
