package com.salespact.pact.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.salespact.base.merge.Edit;
import com.salespact.base.ui.FieldConflictDialog;
import com.salespact.base.ui.KaribuTest;
import com.salespact.pact.PactFixtures;
import com.salespact.pact.PactService;
import com.salespact.pact.PactTestData;
import com.salespact.pact.PactVersionDetails;
import com.salespact.pact.StepDraft;
import com.salespact.pact.TargetsStep;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two tabs on one pact draft: different fields of a step are both kept without a question; the same field is asked
 * about, and the chosen value saved. The saves are the wizard's own (Next), so no delayed save is waited for.
 */
class PactWizardMergeViewTest extends KaribuTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired PactService pacts;

    private long versionId;

    @BeforeEach
    @AfterEach
    void removePacts() {
        PactTestData.removePactOf(jdbc, PactWizardViewTest.REP);
    }

    /** A draft with step 1 filled in, opened on step 1 by the manager. */
    private void openStepOne() {
        login("manager");
        long repId = company.personId(PactWizardViewTest.REP);
        versionId = pacts.openDraft(repId);
        pacts.save(versionId, pacts.load(versionId).orElseThrow().version(), PactFixtures.complete().targets(), 1);
        UI.getCurrent().navigate("pacts/" + versionId + "/targets");
    }

    /** The other tab saves step 1 with a new revenue target. */
    private void otherTabSavesRevenue(String revenue) {
        PactVersionDetails loaded = pacts.load(versionId).orElseThrow();
        TargetsStep base = loaded.document().targets();
        pacts.save(versionId, new Edit<>(loaded.version(), StepDraft.of(base),
                StepDraft.of(base.withTargets(new BigDecimal(revenue), base.grossProfitTarget()))), 1);
    }

    private TargetsStep stored() {
        return pacts.load(versionId).orElseThrow().document().targets();
    }

    private static BigDecimalField revenue() {
        return _get(BigDecimalField.class, spec -> spec.withId("pact-revenue"));
    }

    private static TextArea plan() {
        return _get(TextArea.class, spec -> spec.withId("pact-plan"));
    }

    @Test
    void differentFieldsOfAStepChangedInTwoTabsAreBothKeptWithoutAsking() {
        openStepOne();
        plan().setValue("Three new logos a month");
        String revenueLabel = revenue().getLabel();
        otherTabSavesRevenue("950000");
        _click(_get(Button.class, spec -> spec.withId("pact-next")));
        MockVaadin.clientRoundtrip(false);

        assertThat(_find(FieldConflictDialog.class)).isEmpty();
        assertThat(stored().plan()).isEqualTo("Three new logos a month");
        assertThat(stored().revenueTarget()).as("the other tab's target survives").isEqualByComparingTo("950000");
        NotificationsKt.expectNotifications("Saved. Changes made meanwhile by somebody else were kept too: "
                + revenueLabel);
    }

    @Test
    void theSameFieldChangedInTwoTabsIsAskedAndTheChosenValueSaved() {
        openStepOne();
        revenue().setValue(new BigDecimal("920000"));
        plan().setValue("Three new logos a month");
        otherTabSavesRevenue("880000");
        _click(_get(Button.class, spec -> spec.withId("pact-next")));
        MockVaadin.clientRoundtrip(false);

        _get(FieldConflictDialog.class);
        assertThat(stored().revenueTarget()).as("nothing saved before the choice").isEqualByComparingTo("880000");
        assertThat(stored().plan()).isEqualTo(PactFixtures.complete().targets().plan());
        assertThat(_find(RadioButtonGroup.class)).as("only the field both changed is asked").hasSize(1);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> choice = _get(RadioButtonGroup.class, spec -> spec.withId("conflict-revenueTarget"));
        assertThat(choice.getListDataView().getItems().map(choice.getItemLabelGenerator()))
                .containsExactly("Yours: 920,000", "Theirs: 880,000");
        choice.setValue(true);
        _click(_get(Button.class, spec -> spec.withId("conflict-save")));

        assertThat(stored().revenueTarget()).isEqualByComparingTo("920000");
        assertThat(stored().plan()).as("my other change is saved too").isEqualTo("Three new logos a month");
        assertThat(revenue().getValue()).isEqualByComparingTo("920000");
        assertThat(_find(FieldConflictDialog.class)).isEmpty();
    }
}
