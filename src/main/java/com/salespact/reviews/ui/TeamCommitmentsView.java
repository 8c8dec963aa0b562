package com.salespact.reviews.ui;

import com.salespact.base.ui.HtmlTable;
import com.salespact.reviews.TeamCommitments;
import com.salespact.reviews.TeamCommitmentsService;
import com.salespact.security.Role;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * "My commitments across my team": the manager's own side of each rep's pact this month, promised against done, in
 * the pace colours the reps are measured by. The service scopes it; the route only keeps reps from the menu entry.
 */
@Route("commitments")
@Menu(order = 7.5, icon = "CHECK_SQUARE_O", title = "commitments.nav")
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
public class TeamCommitmentsView extends VerticalLayout implements HasDynamicTitle {

    final HtmlTable<TeamCommitments.Line> table = new HtmlTable<>();
    final Paragraph withoutPact = new Paragraph();

    public TeamCommitmentsView(TeamCommitmentsService service) {
        setId("team-commitments-view");
        TeamCommitments team = service.thisMonth();
        Paragraph period = new Paragraph(getTranslation("commitments.team.period",
                ReviewLabels.shortDay(team.period().start()), ReviewLabels.shortDay(team.period().end())));
        period.addClassName("review-hint");
        table.setId("team-commitments");
        table.addColumn(getTranslation("commitments.rep"), TeamCommitments.Line::repName);
        CommitmentColumns.addTo(table, this, TeamCommitments.Line::commitment);
        table.setItems(team.lines());
        withoutPact.setId("team-commitments-without-pact");
        withoutPact.setVisible(!team.repsWithoutPact().isEmpty());
        withoutPact.setText(getTranslation("commitments.team.without-pact", String.join(", ", team.repsWithoutPact())));
        Paragraph empty = new Paragraph(getTranslation("commitments.team.none"));
        empty.setVisible(team.lines().isEmpty());
        add(new H2(getTranslation("commitments.team.title")), period, table, empty, withoutPact);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.team-commitments");
    }
}
