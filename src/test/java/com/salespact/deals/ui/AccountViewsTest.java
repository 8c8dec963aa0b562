package com.salespact.deals.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.salespact.base.ui.KaribuTest;
import com.salespact.deals.AccountClass;
import com.salespact.deals.AccountRow;
import com.salespact.deals.BusinessType;
import com.salespact.people.PersonSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The accounts list and account page as reps and managers use them. Rows written here are put back. */
class AccountViewsTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    private final List<Runnable> cleanUp = new ArrayList<>();

    @AfterEach
    void putBack() {
        cleanUp.reversed().forEach(Runnable::run);
        cleanUp.clear();
    }

    @Test
    void repSeesOnlyTheirOwnAccountsAndNoOwnerFilter() {
        login("rep");
        UI.getCurrent().navigate(AccountsView.class);
        AccountsView view = _get(AccountsView.class);

        List<AccountRow> rows = rows(view.grid);
        assertThat(rows).isNotEmpty().hasSize(count("select count(*) from account a join person p"
                + " on p.id = a.owner_id where p.username = 'rep'"));
        assertThat(rows).allSatisfy(row -> assertThat(row.ownerId()).isEqualTo(company.personId("rep")));
        assertThat(view.owner.isVisible()).isFalse();
        assertThat(view.grid.getColumnByKey("owner").isVisible()).isFalse();
    }

    @Test
    void filteringByClassNarrowsTheGridAndIsKeptInTheUrl() {
        login("rep");
        UI.getCurrent().navigate(AccountsView.class);
        AccountsView view = _get(AccountsView.class);
        int all = GridKt._size(view.grid);

        view.accountClass.setValue(AccountClass.A);
        List<AccountRow> classA = rows(view.grid);
        assertThat(classA).isNotEmpty().allSatisfy(row -> assertThat(row.accountClass()).isEqualTo(AccountClass.A));
        assertThat(classA).hasSize(count("select count(*) from account a join person p on p.id = a.owner_id"
                + " where p.username = 'rep' and a.account_class = 'A'"));
        assertThat(classA.size()).isLessThan(all);
        assertThat(view.queryParameters().getQueryString()).isEqualTo("class=A");

        // Opening the link restores the filter.
        UI.getCurrent().navigate(AccountsView.class, new QueryParameters(java.util.Map.of("class", List.of("C"),
                "type", List.of("NEW"))));
        view = _get(AccountsView.class);
        assertThat(view.accountClass.getValue()).isEqualTo(AccountClass.C);
        assertThat(view.businessType.getValue()).isEqualTo(BusinessType.NEW);
        assertThat(rows(view.grid)).isNotEmpty().allSatisfy(row -> {
            assertThat(row.accountClass()).isEqualTo(AccountClass.C);
            assertThat(row.businessType()).isEqualTo(BusinessType.NEW);
        });
    }

    @Test
    void managerSeesTheTeamAndFiltersByOwner() {
        login("manager");
        UI.getCurrent().navigate(AccountsView.class);
        AccountsView view = _get(AccountsView.class);
        assertThat(view.owner.isVisible()).isTrue();
        int team = GridKt._size(view.grid);
        assertThat(team).isEqualTo(count("""
                select count(*) from account a join person p on p.id = a.owner_id
                join team t on t.id = p.team_id join person m on m.id = t.manager_id where m.username = 'manager'"""));

        PersonSummary farmer = view.owner.getListDataView().getItems()
                .filter(rep -> !rep.username().equals("rep")).findFirst().orElseThrow();
        view.owner.setValue(farmer);

        List<AccountRow> rows = rows(view.grid);
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.ownerId()).isEqualTo(farmer.id()));
        assertThat(rows).hasSize(count("select count(*) from account where owner_id = " + farmer.id()));
        assertThat(view.queryParameters().getQueryString()).isEqualTo("owner=" + farmer.id());
    }

    @Test
    void tappingARowOpensTheAccountWithItsDealsAndPlan() {
        login("rep");
        UI.getCurrent().navigate(AccountsView.class, QueryParameters.of("class", "A"));
        AccountsView list = _get(AccountsView.class);
        AccountRow first = GridKt._get(list.grid, 0);
        GridKt._clickItem(list.grid, 0);

        AccountView page = _get(AccountView.class);
        assertThat(page.getPageTitle()).isEqualTo(first.name());
        assertThat(page.planTab.isVisible()).isTrue();
        assertThat(page.plan.form.objectives.getValue()).isEqualTo(company.accountPlan(first.id()).objectives());
        assertThat(GridKt._size(page.dealGrid)).isEqualTo(count("select count(*) from deal where account_id = "
                + first.id() + " and owner_id = " + company.personId("rep")));
        assertThat(_find(Button.class, spec -> spec.withId("reassign-account"))).as("reps do not reassign").isEmpty();
    }

    @Test
    void aBadPlanIsRefusedAtTheFieldKeepsTheInputAndSavesNothing() {
        long account = kept.account(company.firstAccountOf("rep", AccountClass.A));
        String before = company.accountPlan(account).objectives();
        login("rep");
        openAccount(account);
        AccountView page = _get(AccountView.class);
        page.tabs.setSelectedTab(page.planTab);

        page.plan.form.objectives.setValue("Double the footprint in 2027");
        page.plan.form.reviewDate.setValue(LocalDate.of(2024, 11, 1));
        _click(page.plan.save);

        assertThat(page.plan.form.reviewDate.isInvalid()).isTrue();
        assertThat(page.plan.form.reviewDate.getErrorMessage()).contains("more than a year ago");
        assertThat(page.plan.form.objectives.getValue()).isEqualTo("Double the footprint in 2027");
        assertThat(company.accountPlan(account).objectives()).isEqualTo(before);
    }

    @Test
    void aGoodPlanIsSaved() {
        long account = kept.account(company.firstAccountOf("rep", AccountClass.B));
        login("rep");
        openAccount(account);
        AccountView page = _get(AccountView.class);
        page.tabs.setSelectedTab(page.planTab);

        page.plan.form.objectives.setValue("Renew for three years");
        page.plan.form.reviewDate.setValue(LocalDate.of(2027, 1, 15));
        _click(page.plan.save);

        assertThat(company.accountPlan(account).objectives()).isEqualTo("Renew for three years");
        assertThat(page.plan.form.hasChanges()).isFalse();
        NotificationsKt.expectNotifications("Account plan saved");
    }

    @Test
    void repOpeningAnotherRepsAccountByUrlIsToldItIsNotFound() {
        long teammates = company.firstAccountOf(company.teammateOf("rep"));
        login("rep");
        openAccount(teammates);

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(com.salespact.base.ui.NotFoundView.class);
        assertThat(_find(AccountView.class)).isEmpty();
        assertThat(notFoundText()).isEqualTo("This account does not exist or is not yours to see.");

        UI.getCurrent().navigate("accounts/not-a-number");
        assertThat(_find(AccountView.class)).isEmpty();
        assertThat(notFoundText()).isEqualTo("This account does not exist or is not yours to see.");
        UI.getCurrent().navigate("accounts/" + Long.MAX_VALUE);
        assertThat(notFoundText()).isEqualTo("This account does not exist or is not yours to see.");

        _click(_get(Button.class, spec -> spec.withId("error-list")));
        assertThat(_find(AccountsView.class)).hasSize(1);
    }

    private static String notFoundText() {
        return _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("error-text")).getText();
    }

    @Test
    void managerReassignsAfterTheStyleWarningAndTheHistoryShowsIt() {
        long account = kept.account(company.firstAccountOf("rep", BusinessType.NEW));
        login("manager");
        openAccount(account);
        _click(_get(Button.class, spec -> spec.withId("reassign-account")));
        ReassignDialog dialog = _get(ReassignDialog.class);
        PersonSummary farmer = dialog.newOwner.getListDataView().getItems()
                .filter(rep -> rep.repStyle() == com.salespact.people.RepStyle.FARMER).findFirst().orElseThrow();
        dialog.newOwner.setValue(farmer);
        _click(dialog.reassign);

        assertThat(dialog.newOwner.isInvalid()).isTrue();
        assertThat(dialog.newOwner.getErrorMessage()).contains("hunters");
        assertThat(company.account(account).ownerId()).isEqualTo(company.personId("rep"));

        _click(dialog.anyway);
        assertThat(company.account(account).ownerId()).isEqualTo(farmer.id());
        AccountView page = _get(AccountView.class);
        assertThat(GridKt._size(page.historyGrid)).isEqualTo(1);
        assertThat(GridKt._get(page.historyGrid, 0).toName()).isEqualTo(farmer.fullName());
    }

    @Test
    void repCreatesAnAccountAndLandsOnItsPage() {
        login("rep");
        UI.getCurrent().navigate(AccountsView.class);
        _click(_get(Button.class, spec -> spec.withId("new-account")));
        AccountDialog dialog = _get(AccountDialog.class);
        assertThat(dialog.form.owner.isVisible()).as("a rep's account is their own").isFalse();
        dialog.form.name.setValue("Karibu Test Freight");
        dialog.form.accountClass.setValue(AccountClass.B);
        _click(dialog.save);

        Long id = jdbc.queryForObject("select max(id) from account where name = 'Karibu Test Freight'", Long.class);
        assertThat(id).isNotNull();
        cleanUp.add(() -> jdbc.update("delete from account where id = ?", id));
        assertThat(company.account(id).ownerId()).isEqualTo(company.personId("rep"));
        AccountView page = _get(AccountView.class);
        assertThat(page.getPageTitle()).isEqualTo("Karibu Test Freight");
        assertThat(page.planTab.isVisible()).as("class B gets a plan").isTrue();
    }

    // --- helpers --------------------------------------------------------------------------------------

    private static <T> List<T> rows(Grid<T> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    private void openAccount(long id) {
        UI.getCurrent().navigate(AccountView.class, new RouteParameters("id", String.valueOf(id)));
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
