package com.salespact.commission.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.salespact.base.merge.Edit;
import com.salespact.base.ui.FieldConflictDialog;
import com.salespact.base.ui.KaribuTest;
import com.salespact.commission.CommissionService;
import com.salespact.commission.PlanDetails;
import com.salespact.commission.PlanTermsDraft;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Two managers editing one commission plan: different terms are both kept, the same term is asked about. */
class CommissionPlanMergeViewTest extends KaribuTest {

    private static final int YEAR = 2036;

    @Autowired JdbcTemplate jdbc;
    @Autowired CommissionService commission;

    @BeforeEach
    @AfterEach
    void cleanUp() {
        jdbc.update("delete from app_notification where kind = 'COMMISSION_PLAN' and message like ?", "%" + YEAR + "%");
        jdbc.update("delete from commission_plan where fiscal_year = ?", YEAR);
    }

    private long repId() {
        return company.personId("rep");
    }

    private Map<String, Object> stored(long repId) {
        return jdbc.queryForMap("select * from commission_plan where rep_id = ? and fiscal_year = ?", repId, YEAR);
    }

    /** The plan is set and its page opened; then the other manager's tablet saves {@code theirs}. */
    private CommissionPlanForm openThenOtherSaves(long repId, Consumer<PlanTermsDraft> theirs) {
        login("manager");
        PlanDetails plan = commission.savePlan(repId, YEAR, new BigDecimal("0.03"), new BigDecimal("0.05"),
                BigDecimal.ONE, new BigDecimal("1.5"), null);
        UI.getCurrent().navigate("commission", QueryParameters.simple(Map.of("rep", String.valueOf(repId),
                "period", YEAR + "-Q1")));
        PlanTermsDraft base = PlanTermsDraft.of(plan.terms());
        PlanTermsDraft other = PlanTermsDraft.FIELDS.copy(base);
        theirs.accept(other);
        commission.savePlan(repId, YEAR, new Edit<>(plan.version(), base, other));
        return _get(CommissionPlanForm.class);
    }

    @Test
    void differentTermsChangedOnTwoTabletsAreBothKeptWithoutAsking() {
        long repId = repId();
        CommissionPlanForm form = openThenOtherSaves(repId, other -> other.setAcceleratorMultiplier(new BigDecimal("2")));
        form.revenueRate.setValue(new BigDecimal("4"));
        _click(_get(Button.class, spec -> spec.withId("commission-plan-save")));
        MockVaadin.clientRoundtrip(false);

        assertThat(_find(FieldConflictDialog.class)).isEmpty();
        assertThat((BigDecimal) stored(repId).get("REVENUE_RATE")).isEqualByComparingTo("0.04");
        assertThat((BigDecimal) stored(repId).get("ACCELERATOR_MULTIPLIER")).as("their term survives")
                .isEqualByComparingTo("2");
        assertThat(_get(CommissionPlanForm.class).multiplier.getValue()).isEqualByComparingTo("2");
        NotificationsKt.expectNotifications("Saved. Changes made meanwhile by somebody else were kept too: "
                + form.multiplier.getLabel());
    }

    @Test
    void theSameTermChangedOnTwoTabletsIsAskedAndTheChosenValueSaved() {
        long repId = repId();
        CommissionPlanForm form = openThenOtherSaves(repId, other -> other.setRevenueRate(new BigDecimal("0.025")));
        form.revenueRate.setValue(new BigDecimal("4"));
        form.gpRate.setValue(new BigDecimal("6"));
        _click(_get(Button.class, spec -> spec.withId("commission-plan-save")));
        MockVaadin.clientRoundtrip(false);

        _get(FieldConflictDialog.class);
        assertThat((BigDecimal) stored(repId).get("REVENUE_RATE")).as("nothing saved before the choice")
                .isEqualByComparingTo("0.025");
        assertThat(_find(RadioButtonGroup.class)).as("only the term both changed is asked").hasSize(1);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> choice = _get(RadioButtonGroup.class, spec -> spec.withId("conflict-revenueRate"));
        assertThat(choice.getListDataView().getItems().map(choice.getItemLabelGenerator()))
                .containsExactly("Yours: 4 %", "Theirs: 2.5 %");
        choice.setValue(false);
        _click(_get(Button.class, spec -> spec.withId("conflict-save")));

        assertThat((BigDecimal) stored(repId).get("REVENUE_RATE")).as("their rate, chosen")
                .isEqualByComparingTo("0.025");
        assertThat((BigDecimal) stored(repId).get("GP_RATE_ABOVE_MIN")).as("my other change is saved")
                .isEqualByComparingTo("0.06");
        assertThat(_find(FieldConflictDialog.class)).isEmpty();
    }
}
