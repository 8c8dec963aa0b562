package com.salespact.activities.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.salespact.activities.ActivityRow;
import com.salespact.base.ui.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The account page's activities tab, which the activities feature adds after the deals. */
class AccountActivitiesTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theAccountPageListsTheRepsActivitiesOnThatAccountInItsSecondTab() {
        long account = jdbc.queryForObject("""
                select a.account_id from activity a join person p on p.id = a.rep_id
                where p.username = 'rep' and a.account_id is not null
                group by a.account_id order by count(*) desc, a.account_id fetch first 1 rows only""", Long.class);
        int logged = jdbc.queryForObject("""
                select count(*) from activity a join person p on p.id = a.rep_id
                where p.username = 'rep' and a.account_id = ?""", Integer.class, account);
        login("rep");
        UI.getCurrent().navigate("accounts/" + account);

        TabSheet tabs = _get(TabSheet.class, spec -> spec.withId("account-tabs"));
        assertThat(tabs.getTabAt(0).getLabel()).isEqualTo("Deals");
        assertThat(tabs.getTabAt(1).getLabel()).isEqualTo("Activities");
        tabs.setSelectedIndex(1);
        @SuppressWarnings("unchecked")
        Grid<ActivityRow> grid = _get(Grid.class, spec -> spec.withId("account-activities"));
        assertThat(logged).isPositive();
        assertThat(GridKt._size(grid)).isEqualTo(logged);
        assertThat(GridKt._get(grid, 0).accountId()).isEqualTo(account);
    }
}
