package com.salespact.goals.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.salespact.base.merge.Edit;
import com.salespact.base.ui.FieldConflictDialog;
import com.salespact.SeededCompany;
import com.salespact.base.ui.KaribuTest;
import com.salespact.goals.GoalService;
import com.salespact.goals.Seasonality;
import com.salespact.goals.TargetFigures;
import com.salespact.goals.TargetOwner;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Two managers editing one target: different figures are both kept, the same figure is asked about. */
class TargetsMergeViewTest extends KaribuTest {

    private static final int YEAR = 2035;

    @Autowired JdbcTemplate jdbc;
    @Autowired GoalService goals;

    @BeforeEach
    @AfterEach
    void cleanUp() {
        jdbc.update("delete from app_notification where link = ?", "targets?year=" + YEAR);
        jdbc.update("delete from target_revision where target_id in (select id from target where fiscal_year = ?)",
                YEAR);
        jdbc.update("delete from target where fiscal_year = ?", YEAR);
    }

    private SeededCompany.TargetFacts stored(long repId) {
        return company.target(repId, YEAR);
    }

    /** The rep's target is set, the page opened on it; then the other manager's tablet saves {@code theirs}. */
    private TargetForm openThenOtherSaves(long repId, java.util.function.Consumer<TargetFigures> theirs) {
        login("manager");
        TargetOwner owner = TargetOwner.person(repId);
        goals.save(owner, YEAR, new BigDecimal("500000"), new BigDecimal("150000"), null, "Start", null);
        UI.getCurrent().navigate("targets", QueryParameters.of("year", String.valueOf(YEAR)));
        @SuppressWarnings("unchecked")
        Grid<TargetsView.Row> grid = _get(Grid.class, spec -> spec.withId("targets-grid"));
        grid.asSingleSelect().setValue(grid.getListDataView().getItems()
                .filter(row -> !row.team() && row.owner().personId() == repId).findFirst().orElseThrow());
        long version = company.target(repId, YEAR).version();
        TargetFigures base = TargetFigures.of(new BigDecimal("500000"), new BigDecimal("150000"), Seasonality.flat());
        TargetFigures other = TargetFigures.FIELDS.copy(base);
        theirs.accept(other);
        goals.save(owner, YEAR, new Edit<>(version, base, other), "The other tablet");
        return _get(TargetForm.class);
    }

    private long repId() {
        return company.personId("rep");
    }

    @Test
    void differentFiguresChangedOnTwoTabletsAreBothKeptWithoutAsking() {
        long repId = repId();
        TargetForm form = openThenOtherSaves(repId, other -> other.setMinGrossProfit(new BigDecimal("160000")));
        form.revenue.setValue(new BigDecimal("520000"));
        form.reason.setValue("More revenue");
        _click(_get(Button.class, spec -> spec.withId("target-save")));
        MockVaadin.clientRoundtrip(false);

        assertThat(_find(FieldConflictDialog.class)).isEmpty();
        assertThat(stored(repId).revenue()).isEqualByComparingTo("520000");
        assertThat(stored(repId).minGrossProfit()).as("their figure survives")
                .isEqualByComparingTo("160000");
        assertThat(_get(TargetForm.class).minGrossProfit.getValue()).isEqualByComparingTo("160000");
        NotificationsKt.expectNotifications("Saved. Changes made meanwhile by somebody else were kept too: "
                + form.minGrossProfit.getLabel());
    }

    @Test
    void theSameFigureChangedOnTwoTabletsIsAskedAndTheChosenValueSaved() {
        long repId = repId();
        TargetForm form = openThenOtherSaves(repId, other -> other.setRevenue(new BigDecimal("480000")));
        form.revenue.setValue(new BigDecimal("520000"));
        form.minGrossProfit.setValue(new BigDecimal("155000"));
        form.reason.setValue("More revenue");
        _click(_get(Button.class, spec -> spec.withId("target-save")));
        MockVaadin.clientRoundtrip(false);

        _get(FieldConflictDialog.class);
        assertThat(stored(repId).revenue()).as("nothing saved before the choice")
                .isEqualByComparingTo("480000");
        assertThat(_find(RadioButtonGroup.class)).as("only the figure both changed is asked").hasSize(1);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> choice = _get(RadioButtonGroup.class, spec -> spec.withId("conflict-revenue"));
        assertThat(choice.getListDataView().getItems().map(choice.getItemLabelGenerator()))
                .containsExactly("Yours: €520,000", "Theirs: €480,000");
        choice.setValue(true);
        _click(_get(Button.class, spec -> spec.withId("conflict-save")));

        assertThat(stored(repId).revenue()).isEqualByComparingTo("520000");
        assertThat(stored(repId).minGrossProfit()).isEqualByComparingTo("155000");
        assertThat(_find(FieldConflictDialog.class)).isEmpty();
    }
}
