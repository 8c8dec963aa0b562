package com.salespact.deals.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.salespact.base.ui.KaribuTest;
import com.salespact.deals.ClosingTestDeals;
import com.salespact.deals.DealChanged;
import com.salespact.deals.DealDetails;
import com.salespact.deals.DealRow;
import com.salespact.deals.DealService;
import com.salespact.deals.Stage;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Closing from the board is deliberate (issue 14, decision 012): the arrow of a Negotiation card and a drop on the
 * Won or Lost zone open a confirmation; only confirming saves the close, which an "Undo" takes back without anything
 * being published. Each test closes a deal of its own, found on the board by its unique name.
 */
@RecordApplicationEvents
class ClosingViewsTest extends KaribuTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

    @Autowired JdbcTemplate jdbc;
    @Autowired DealService deals;
    @Autowired UserDetailsService users;
    @Autowired ApplicationEvents events;

    private ClosingTestDeals fresh;

    @BeforeEach
    void freshDeals() {
        fresh = new ClosingTestDeals(deals, users, jdbc);
    }

    @AfterEach
    void deleteThem() {
        fresh.deleteAll();
    }

    @Test
    void theArrowAsksForAmountAndCloseDateAndOnlyConfirmingSavesTheWin() {
        DealDetails deal = fresh.negotiation("rep", "Karibu close – arrow win");
        boardShowing("rep", deal);

        tap(deal.id());

        CloseDealDialog dialog = _get(CloseDealDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Mark “Karibu close – arrow win” as won");
        assertThat(dialog.form.amount.getValue()).isEqualByComparingTo("40000");
        assertThat(dialog.form.closedOn.getValue()).isEqualTo(TODAY);
        assertThat(closings(deal.id())).as("a tap alone saves nothing").isZero();

        // Missing and rule-breaking values are refused at their field, nothing saved.
        dialog.form.amount.setValue(null);
        _click(dialog.confirm);
        assertThat(dialog.form.amount.isInvalid()).isTrue();
        assertThat(dialog.form.amount.getErrorMessage()).isEqualTo("Enter the deal's amount");
        dialog.form.amount.setValue(new BigDecimal("9000"));
        _click(dialog.confirm);
        assertThat(dialog.form.amount.getErrorMessage()).isEqualTo("The amount cannot be below the gross profit (€12,000)");
        dialog.form.amount.setValue(new BigDecimal("41000"));
        dialog.form.closedOn.setValue(TODAY.plusDays(2));
        _click(dialog.confirm);
        assertThat(dialog.form.closedOn.isInvalid()).isTrue();
        assertThat(dialog.form.closedOn.getErrorMessage()).isEqualTo("The close date cannot be in the future");
        assertThat(closings(deal.id())).isZero();
        assertThat(dialog.isOpened()).isTrue();

        dialog.form.closedOn.setValue(TODAY.minusDays(1));
        _click(dialog.confirm);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(jdbc.queryForObject("select amount from deal_closing where deal_id = ? and to_stage = 'WON'"
                + " and closed_on = ?", BigDecimal.class, deal.id(), TODAY.minusDays(1))).isEqualByComparingTo("41000");
        assertThat(stageOf(deal.id())).isEqualTo("NEGOTIATION");
        assertThat(shownIds()).as("the card left the board").doesNotContain(deal.id());
        Notification undo = _get(Notification.class, spec -> spec.withId("undo-close"));
        assertThat(undo.isOpened()).isTrue();
        assertThat(undo.getDuration()).isEqualTo(10_000);
        assertThat(undo.getElement().getTextRecursively()).contains("Karibu close – arrow win marked as won.");
        assertThat(events.stream(DealChanged.class)).as("nothing published while undoable")
                .noneMatch(changed -> changed.dealId() == deal.id() && changed.kind() != DealChanged.Kind.CREATED);
    }

    @Test
    void undoingAWinPutsTheCardBackInNegotiationAndPublishesNothing() {
        DealDetails deal = fresh.negotiation("rep", "Karibu close – undone win");
        boardShowing("rep", deal);
        events.clear();
        tap(deal.id());
        _click(_get(CloseDealDialog.class).confirm);
        assertThat(closings(deal.id())).isEqualTo(1);
        assertThat(shownIds()).doesNotContain(deal.id());

        _click(_get(Button.class, spec -> spec.withId("undo-close-button")));

        assertThat(closings(deal.id())).isZero();
        assertThat(stageOf(deal.id())).isEqualTo("NEGOTIATION");
        assertThat(jdbc.queryForObject("select count(*) from stage_change where deal_id = ? and to_stage = 'WON'",
                Integer.class, deal.id())).isZero();
        assertThat(_get(DealBoard.class).shownDeals().get(Stage.NEGOTIATION)).extracting(DealRow::id)
                .as("back where it was").contains(deal.id());
        assertThat(_find(Notification.class, spec -> spec.withId("undo-close"))).allSatisfy(
                notification -> assertThat(notification.isOpened()).isFalse());
        assertThat(events.stream(DealChanged.class)).isEmpty();
    }

    @Test
    void droppingOnLostAsksForTheReasonWhichIsRequired() {
        DealDetails deal = fresh.negotiation("rep", "Karibu close – lost by drop");
        boardShowing("rep", deal);

        drop(deal.id(), "LOST");

        CloseDealDialog dialog = _get(CloseDealDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Mark “Karibu close – lost by drop” as lost");
        assertThat(dialog.form.amount.isAttached()).as("a loss asks only why").isFalse();
        _click(dialog.confirm);
        assertThat(dialog.form.lostReason.isInvalid()).isTrue();
        assertThat(dialog.form.lostReason.getErrorMessage()).isEqualTo("Say why the deal was lost");
        assertThat(closings(deal.id())).isZero();

        dialog.form.lostReason.setValue("Chose a cheaper supplier");
        _click(dialog.confirm);

        assertThat(jdbc.queryForObject("select lost_reason from deal_closing where deal_id = ? and to_stage = 'LOST'",
                String.class, deal.id())).isEqualTo("Chose a cheaper supplier");
        assertThat(_get(Notification.class, spec -> spec.withId("undo-close")).getElement().getTextRecursively())
                .contains("marked as lost.");
    }

    @Test
    void droppingOnWonAndCancellingChangesNothing() {
        DealDetails deal = fresh.negotiation("rep", "Karibu close – cancelled");
        boardShowing("rep", deal);
        assertThat(_get(DealBoard.class).getElement().getChild(0).getProperty("innerHTML"))
                .contains("data-stage=\"WON\"").contains("data-stage=\"LOST\"");

        drop(deal.id(), "WON");
        CloseDealDialog dialog = _get(CloseDealDialog.class);
        assertThat(dialog.form.amount.getValue()).isEqualByComparingTo("40000");
        _click(_get(Button.class, spec -> spec.withId("closing-cancel")));

        assertThat(dialog.isOpened()).isFalse();
        assertThat(closings(deal.id())).isZero();
        assertThat(shownIds()).contains(deal.id());
    }

    @Test
    void theDealPagesNextButtonOnNegotiationAsksToo() {
        DealDetails deal = fresh.negotiation("rep", "Karibu close – deal page");
        login("rep");
        UI.getCurrent().navigate("deals/" + deal.id());

        _click(_get(Button.class, spec -> spec.withId("next-stage")));

        assertThat(_get(CloseDealDialog.class).getHeaderTitle()).contains("as won");
        assertThat(stageOf(deal.id())).isEqualTo("NEGOTIATION");
        assertThat(closings(deal.id())).isZero();
    }

    @Test
    void theNextButtonWithUnsavedEditsSavesThemThenAsksToConfirmTheWin() {
        DealDetails deal = fresh.negotiation("rep", "Karibu close – edit then next");
        login("rep");
        UI.getCurrent().navigate("deals/" + deal.id());
        _get(DealForm.class).nextStep.setValue("Sign on Thursday");

        _click(_get(Button.class, spec -> spec.withId("next-stage")));
        MockVaadin.clientRoundtrip(false);

        assertThat(jdbc.queryForObject("select next_step from deal where id = ?", String.class, deal.id()))
                .isEqualTo("Sign on Thursday");
        CloseDealDialog dialog = _get(CloseDealDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Mark “Karibu close – edit then next” as won");
        assertThat(stageOf(deal.id())).as("the win waits for the confirmation").isEqualTo("NEGOTIATION");
        _click(dialog.confirm);
        assertThat(closings(deal.id())).isEqualTo(1);
    }

    @Test
    void choosingLostInTheEditorSavesTheOtherEditsAndAsksForTheReasonBeforeClosing() {
        DealDetails deal = fresh.negotiation("rep", "Karibu close – editor lost");
        login("rep");
        UI.getCurrent().navigate("deals/" + deal.id());
        DealForm form = _get(DealForm.class);

        form.nextStep.setValue("Ask for a last meeting");
        form.stage.setValue(Stage.LOST);
        _click(_get(Button.class, spec -> spec.withId("save-deal")));
        MockVaadin.clientRoundtrip(false);

        assertThat(jdbc.queryForObject("select next_step from deal where id = ?", String.class, deal.id()))
                .isEqualTo("Ask for a last meeting");
        assertThat(stageOf(deal.id())).as("saving the editor does not close the deal").isEqualTo("NEGOTIATION");
        CloseDealDialog dialog = _get(CloseDealDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Mark “Karibu close – editor lost” as lost");
        dialog.form.lostReason.setValue("Budget frozen");
        _click(dialog.confirm);
        assertThat(jdbc.queryForObject("select lost_reason from deal_closing where deal_id = ? and to_stage = 'LOST'",
                String.class, deal.id())).isEqualTo("Budget frozen");
        assertThat(stageOf(deal.id())).as("published only after the undo window").isEqualTo("NEGOTIATION");
    }

    @Test
    void aNewDealStartsOpenAndTheServiceRefusesToCloseWithoutConfirmation() {
        login("rep");
        UI.getCurrent().navigate("deals/new");
        assertThat(_get(DealForm.class).stage.getListDataView().getItems()).doesNotContain(Stage.WON, Stage.LOST)
                .contains(Stage.NEGOTIATION);

        DealDetails deal = fresh.negotiation("rep", "Karibu close – by service");
        com.salespact.deals.DealDraft won = com.salespact.deals.DealDraft.of(deal);
        won.setStage(Stage.WON);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> deals.save(deal.id(),
                        com.salespact.base.merge.Edit.whole(deal.version(), won)))
                .isInstanceOf(com.salespact.base.RuleViolation.class).hasMessageContaining("Confirm the close first");
        assertThat(stageOf(deal.id())).isEqualTo("NEGOTIATION");
    }

    /** Signs in and opens the board filtered to this deal, so its card is shown whatever else the rep has. */
    private void boardShowing(String username, DealDetails deal) {
        login(username);
        UI.getCurrent().navigate("deals", com.vaadin.flow.router.QueryParameters.of("q", deal.name()));
        assertThat(shownIds()).contains(deal.id());
    }

    private static List<Long> shownIds() {
        return _get(DealBoard.class).shownDeals().values().stream().flatMap(List::stream).map(DealRow::id).toList();
    }

    private int closings(long dealId) {
        return jdbc.queryForObject("select count(*) from deal_closing where deal_id = ?", Integer.class, dealId);
    }

    private String stageOf(long dealId) {
        return jdbc.queryForObject("select stage from deal where id = ?", String.class, dealId);
    }

    private static void tap(long dealId) {
        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent(_get(DealBoard.class), "click",
                tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                        .put(DealBoard.TAPPED_DEAL, String.valueOf(dealId))
                        .put(DealBoard.ON_ARROW, true).put(DealBoard.TAP_TARGET, true));
    }

    private static void drop(long dealId, String stage) {
        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent(_get(DealBoard.class), "deal-drop",
                tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                        .put(DealBoard.DROPPED_DEAL, String.valueOf(dealId)).put(DealBoard.DROP_STAGE, stage));
    }
}
