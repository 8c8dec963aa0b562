package com.salespact.deals.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.salespact.base.ui.KaribuTest;
import com.salespact.base.ui.UnsavedWork;
import com.salespact.deals.Stage;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.TestingLifecycleHookKt;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import kotlin.Unit;
import kotlin.jvm.functions.Function1;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, the server's side of "typed work survives" on the deal page: the browser's part (localStorage) is played
 * by calling {@link UnsavedWork#offer(String)} with what it would report, and the scripts sent to it are read back.
 */
class DealUnsavedWorkTest extends KaribuTest {

    private long dealOfRep() {
        return kept.deal(company.lastDealOf("rep", Stage.PROPOSAL));
    }

    private BigDecimal storedAmount(long dealId) {
        return company.deal(dealId).amount();
    }

    private String storedName(long dealId) {
        return company.deal(dealId).name();
    }

    private static UnsavedWork unsaved() {
        return UnsavedWork.of(_get(DealForm.class)).orElseThrow();
    }

    /** Scripts sent to the browser: Karibu hands each response's invocations to these handlers. */
    private final List<String> sent = new ArrayList<>();
    private final Function1<PendingJavaScriptInvocation, Unit> recorder = call -> {
        sent.add(call.getInvocation().getExpression() + " " + call.getInvocation().getParameters());
        return Unit.INSTANCE;
    };

    @BeforeEach
    void recordScripts() {
        TestingLifecycleHookKt.getPendingJavascriptInvocationHandlers().add(recorder);
    }

    @AfterEach
    void stopRecording() {
        TestingLifecycleHookKt.getPendingJavascriptInvocationHandlers().remove(recorder);
    }

    /** The scripts sent since the last call, including those of the response being prepared now. */
    private List<String> scriptsSent() {
        MockVaadin.clientRoundtrip(false);
        List<String> scripts = List.copyOf(sent);
        sent.clear();
        return scripts;
    }

    private static String draft(String fieldsJson) {
        return "{\"fields\": " + fieldsJson + ", \"savedAt\": 1795000000000, \"when\": \"10:42\", \"label\": \"x\"}";
    }

    @Test
    void openingADealWatchesItsFieldsAndAsksTheDeviceForThisUsersDraftOfThisDeal() {
        login("rep");
        long dealId = dealOfRep();
        UI.getCurrent().navigate("deals/" + dealId);

        String key = "salespact.draft.rep.deal." + dealId;
        assertThat(unsaved().storageKey()).contains(key);
        assertThat(scriptsSent()).anySatisfy(script -> assertThat(script)
                .contains("window.salespactWork.watch(this, $0, $1)").contains("window.salespactWork.read($0, $2)")
                .contains(key));
        assertThat(_get(DealForm.class).amount.getElement().getAttribute("data-draft-key")).isEqualTo("amount");
    }

    @Test
    void aReportedDraftThatDiffersIsOfferedWithTheDealsNameAndTime() {
        login("rep");
        long dealId = dealOfRep();
        UI.getCurrent().navigate("deals/" + dealId);

        unsaved().offer(draft("{\"amount\": \"12345.50\"}"));

        ConfirmDialog offer = _get(ConfirmDialog.class, spec -> spec.withId("unsaved-work-offer"));
        assertThat(ConfirmDialogKt._getText(offer))
                .isEqualTo("Restore your unsaved changes to " + storedName(dealId) + " from 10:42?");
    }

    @Test
    void restoreFillsTheFieldsWithoutSavingAndSaveStoresThemAndClearsTheDraft() {
        login("rep");
        long dealId = dealOfRep();
        BigDecimal before = storedAmount(dealId);
        UI.getCurrent().navigate("deals/" + dealId);
        DealForm form = _get(DealForm.class);

        unsaved().offer(draft("{\"amount\": \"12345.50\", \"nextStep\": \"Call the CFO\", \"stage\": \"NEGOTIATION\"}"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("unsaved-work-offer")));

        assertThat(form.amount.getValue()).isEqualByComparingTo("12345.50");
        assertThat(form.nextStep.getValue()).isEqualTo("Call the CFO");
        assertThat(form.stage.getValue()).hasToString("NEGOTIATION");
        assertThat(form.hasChanges()).as("restored values are unsaved changes").isTrue();
        assertThat(storedAmount(dealId)).as("restoring saves nothing").isEqualByComparingTo(before);
        scriptsSent();

        _click(_get(Button.class, spec -> spec.withId("save-deal")));
        assertThat(storedAmount(dealId)).isEqualByComparingTo("12345.50");
    }

    @Test
    void savingClearsTheDraftOnTheDevice() {
        login("rep");
        long dealId = dealOfRep();
        UI.getCurrent().navigate("deals/" + dealId);
        DealForm form = _get(DealForm.class);
        form.amount.setValue(new BigDecimal("20000"));
        scriptsSent();

        _get(Button.class, spec -> spec.withId("save-deal")).click();

        assertThat(scriptsSent()).anySatisfy(script -> assertThat(script)
                .contains("window.salespactWork.clear($0)").contains("salespact.draft.rep.deal." + dealId));
    }

    @Test
    void aRestoredValueTheFormRefusesIsMarkedAtItsField() {
        login("rep");
        long dealId = dealOfRep();
        UI.getCurrent().navigate("deals/" + dealId);
        DealForm form = _get(DealForm.class);

        unsaved().offer(draft("{\"grossProfit\": \"999999999\"}"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("unsaved-work-offer")));

        assertThat(form.grossProfit.isInvalid()).as("validation applies to restored values").isTrue();
        assertThat(form.grossProfit.getErrorMessage()).isEqualTo("Gross profit cannot be more than the amount");
    }

    @Test
    void discardLeavesTheFormAsStoredAndClearsTheDraft() {
        login("rep");
        long dealId = dealOfRep();
        UI.getCurrent().navigate("deals/" + dealId);
        DealForm form = _get(DealForm.class);
        BigDecimal shown = form.amount.getValue();
        scriptsSent();

        unsaved().offer(draft("{\"amount\": \"12345.50\"}"));
        ConfirmDialogKt._fireReject(_get(ConfirmDialog.class, spec -> spec.withId("unsaved-work-offer")));

        assertThat(form.amount.getValue()).isEqualByComparingTo(shown);
        assertThat(form.hasChanges()).isFalse();
        assertThat(scriptsSent()).anySatisfy(script -> assertThat(script)
                .contains("window.salespactWork.clear($0)").contains("salespact.draft.rep.deal." + dealId));
    }

    @Test
    void aDraftEqualToWhatTheDealHoldsOffersNothingAndIsCleared() {
        login("rep");
        long dealId = dealOfRep();
        UI.getCurrent().navigate("deals/" + dealId);
        BigDecimal shown = _get(DealForm.class).amount.getValue();
        scriptsSent();

        unsaved().offer(draft("{\"amount\": \"" + shown.toPlainString() + "0\"}"));

        assertThat(scriptsSent()).anySatisfy(script -> assertThat(script).contains("window.salespactWork.clear($0)"));
        assertThat(_find(ConfirmDialog.class, spec -> spec.withId("unsaved-work-offer"))).isEmpty();
    }

    @Test
    void aNewDealKeepsItsDraftUnderNewAndANothingStoredOffersNothing() {
        login("rep");
        UI.getCurrent().navigate("deals/new");

        assertThat(unsaved().storageKey()).contains("salespact.draft.rep.deal.new");
        unsaved().offer(null);
        unsaved().offer("not json");
        assertThat(_find(ConfirmDialog.class, spec -> spec.withId("unsaved-work-offer"))).isEmpty();
    }
}
