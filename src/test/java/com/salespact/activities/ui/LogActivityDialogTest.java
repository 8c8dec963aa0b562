package com.salespact.activities.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.salespact.activities.ActivityKind;
import com.salespact.activities.ActivityRow;
import com.salespact.base.ui.KaribuTest;
import com.salespact.deals.AccountChoice;
import com.salespact.deals.DealChoice;
import com.salespact.deals.Stage;
import com.salespact.deals.ui.AccountView;
import com.salespact.deals.ui.DealView;
import com.salespact.dashboard.ui.DashboardView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.RouteParameters;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The floating Log dialog links the deal or account of the page it is opened on; the plain case stays two taps. */
class LogActivityDialogTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void forgetWhatIsLogged() {
        kept.addedTo("activity");
    }

    private LogActivityDialog openDialog() {
        _click(_get(Button.class, spec -> spec.withId("log-fab")));
        return _get(LogActivityDialog.class, spec -> spec.withId("log-activity-dialog"));
    }

    /** The newest activity of the rep: its account and deal. */
    private Map<String, Object> lastLoggedBy(String rep) {
        return jdbc.queryForMap("""
                select x.kind, x.account_id, x.deal_id from activity x join person p on p.id = x.rep_id
                where p.username = ? order by x.id desc fetch first 1 rows only""", rep);
    }

    @Test
    void onADealPageTheDealAndItsAccountAreLinkedAndSaved() {
        long deal = company.firstDealOf("rep", Stage.PROSPECT);
        long account = company.deal(deal).accountId();
        login("rep");
        UI.getCurrent().navigate(DealView.class, new RouteParameters("id", String.valueOf(deal)));

        LogActivityDialog dialog = openDialog();
        assertThat(dialog.deal.getValue()).extracting(DealChoice::id).isEqualTo(deal);
        assertThat(dialog.account.getValue()).extracting(AccountChoice::id).isEqualTo(account);
        _click(_get(dialog, Button.class, spec -> spec.withId("log-call")));

        Map<String, Object> logged = lastLoggedBy("rep");
        assertThat(logged.get("kind")).isEqualTo("CALL");
        assertThat(((Number) logged.get("deal_id")).longValue()).isEqualTo(deal);
        assertThat(((Number) logged.get("account_id")).longValue()).isEqualTo(account);

        // The account page's activities list the call with its deal.
        UI.getCurrent().navigate(AccountView.class, new RouteParameters("id", String.valueOf(account)));
        _get(TabSheet.class, spec -> spec.withId("account-tabs")).setSelectedIndex(1);
        @SuppressWarnings("unchecked")
        Grid<ActivityRow> activities = _get(Grid.class, spec -> spec.withId("account-activities"));
        ActivityRow newest = GridKt._get(activities, 0);
        assertThat(newest.dealId()).isEqualTo(deal);
        assertThat(newest.dealName()).isEqualTo(company.deal(deal).name());
        assertThat(GridKt._getFormattedRow(activities, 0)).contains(company.deal(deal).name());
    }

    @Test
    void onAnAccountPageTheAccountIsLinked() {
        long account = company.firstAccountOf("rep");
        login("rep");
        UI.getCurrent().navigate(AccountView.class, new RouteParameters("id", String.valueOf(account)));

        LogActivityDialog dialog = openDialog();
        assertThat(dialog.account.getValue()).extracting(AccountChoice::id).isEqualTo(account);
        assertThat(dialog.deal.getValue()).isNull();
        _click(_get(dialog, Button.class, spec -> spec.withId("log-meeting")));

        Map<String, Object> logged = lastLoggedBy("rep");
        assertThat(((Number) logged.get("account_id")).longValue()).isEqualTo(account);
        assertThat(logged.get("deal_id")).isNull();
    }

    @Test
    void choosingADealChoosesItsAccountAndAnotherAccountDropsTheDeal() {
        long deal = company.firstDealOf("rep", Stage.PROSPECT);
        long account = company.deal(deal).accountId();
        login("rep");
        UI.getCurrent().navigate(DashboardView.class);

        LogActivityDialog dialog = openDialog();
        assertThat(dialog.account.getValue()).isNull();
        DealChoice choice = dialog.deal.getLazyDataView().getItems().filter(item -> item.id() == deal).findFirst()
                .orElseThrow();
        dialog.deal.setValue(choice);
        assertThat(dialog.account.getValue()).extracting(AccountChoice::id).isEqualTo(account);

        dialog.account.clear();
        assertThat(dialog.deal.getValue()).isNull();
    }

    @Test
    void plainCaseFromTheDashboardIsStillTwoTapsWithoutADeal() {
        login("rep");
        UI.getCurrent().navigate(DashboardView.class);
        int before = company.activitiesOf("rep", ActivityKind.PROSPECTING);

        _click(_get(Button.class, spec -> spec.withId("log-fab")));
        _click(_get(Button.class, spec -> spec.withId("log-prospecting")));

        assertThat(company.activitiesOf("rep", ActivityKind.PROSPECTING)).isEqualTo(before + 1);
        Map<String, Object> logged = lastLoggedBy("rep");
        assertThat(logged.get("kind")).isEqualTo("PROSPECTING");
        assertThat(logged.get("deal_id")).isNull();
        assertThat(logged.get("account_id")).isNull();
    }
}
