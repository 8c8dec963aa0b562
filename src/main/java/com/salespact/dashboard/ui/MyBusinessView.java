package com.salespact.dashboard.ui;

import com.salespact.base.CompanySettings;
import com.salespact.base.DateRange;
import com.salespact.base.FiscalCalendar;
import com.salespact.base.Money;
import com.salespact.base.ui.KpiCard;
import com.salespact.base.ui.PaceBadge;
import com.salespact.goals.query.PaceQuery;
import com.salespact.goals.query.RepPace;
import com.salespact.security.CurrentUser;
import com.salespact.security.Role;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;

/** A rep's own business: where it is this quarter against target. */
@Route("my")
@PageTitle("My business")
@Menu(order = 0, icon = "CHART", title = "nav.my")
@RolesAllowed(Role.REP_NAME)
public class MyBusinessView extends VerticalLayout {

    public MyBusinessView(PaceQuery paceQuery, CurrentUser currentUser, CompanySettings settings, Clock clock) {
        setId("my-business");
        addClassName("my-business-view");
        FiscalCalendar calendar = settings.calendar();
        LocalDate today = LocalDate.now(clock);
        DateRange quarter = calendar.quarterOf(today);
        RepPace pace = paceQuery.rep(currentUser.require().personId(), quarter, today);

        Div cards = new Div();
        cards.addClassName("kpi-row");
        cards.add(new KpiCard(getTranslation("dashboard.revenue"), Money.format(pace.actualRevenue()),
                        getTranslation("dashboard.of-target", Money.format(pace.target())))
                        .withBadge(new PaceBadge(pace.pace(), pace.attainment())),
                new KpiCard(getTranslation("dashboard.due-today"), Money.format(pace.dueTarget()),
                        getTranslation("dashboard.due-detail")),
                new KpiCard(getTranslation("dashboard.gp"), Money.format(pace.actualGrossProfit()),
                        getTranslation("dashboard.of-min-gp", Money.format(pace.grossProfitTarget()))));
        add(new H2(getTranslation("my.heading", calendar.quarterLabel(today))), cards);
    }
}
