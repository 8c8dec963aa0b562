package com.salespact.deals.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.salespact.base.ui.KaribuTest;
import com.salespact.deals.DealDraft;
import com.salespact.deals.DealRow;
import com.salespact.deals.DealService;
import com.salespact.deals.Stage;
import com.salespact.people.PersonSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class DealViewsTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DealService deals;

    private long openDealOf(String username, String stage) {
        return jdbc.queryForObject("select max(d.id) from deal d join person p on p.id = d.owner_id"
                + " where p.username = ? and d.stage = ?", Long.class, username, stage);
    }

    private long personId(String username) {
        return jdbc.queryForObject("select id from person where username = ?", Long.class, username);
    }

    /** The deals on the board, in column order. */
    private static List<DealRow> shownDeals() {
        return _get(DealBoard.class).shownDeals().values().stream().flatMap(List::stream).toList();
    }

    private static DealRow shown(long dealId) {
        return shownDeals().stream().filter(deal -> deal.id() == dealId).findFirst().orElseThrow();
    }

    @Test
    void repsBoardShowsOnlyTheirOwnOpenDeals() {
        login("rep");
        UI.getCurrent().navigate(DealsView.class);
        List<DealRow> cards = shownDeals();
        assertThat(cards).isNotEmpty();
        assertThat(cards).allSatisfy(card -> {
            assertThat(card.ownerId()).isEqualTo(personId("rep"));
            assertThat(card.stage().isOpen()).isTrue();
        });
        int shown = jdbc.queryForList("select count(*) from deal d join person p on p.id = d.owner_id"
                + " where p.username = 'rep' and d.stage in ('PROSPECT','QUALIFIED','PROPOSAL','NEGOTIATION')"
                + " group by d.stage", Integer.class).stream().mapToInt(n -> Math.min(n, DealBoard.PER_COLUMN)).sum();
        assertThat(cards).hasSize(shown);
        // What the browser gets: one card per deal, each with its id for taps and drops.
        String prospects = _get(DealBoard.class).columnOf(Stage.PROSPECT).getElement().getProperty("innerHTML");
        _get(DealBoard.class).shownDeals().get(Stage.PROSPECT).forEach(deal ->
                assertThat(prospects).contains("data-deal-id=\"" + deal.id() + "\""));
    }

    @Test
    void repMovesADealToTheNextStageWithOneTap() {
        long dealId = openDealOf("rep", "PROSPECT");
        login("rep");
        UI.getCurrent().navigate(DealsView.class);
        DealBoard board = _get(DealBoard.class);
        String proposals = board.columnOf(Stage.PROPOSAL).getElement().getProperty("innerHTML");
        tap(dealId, true);

        assertThat(jdbc.queryForObject("select stage from deal where id = ?", String.class, dealId)).isEqualTo("QUALIFIED");
        assertThat(jdbc.queryForObject("select count(*) from stage_change where deal_id = ? and from_stage = 'PROSPECT'"
                + " and to_stage = 'QUALIFIED' and changed_by = ?", Integer.class, dealId, personId("rep"))).isEqualTo(1);
        assertThat(shown(dealId).stage()).isEqualTo(Stage.QUALIFIED);
        assertThat(board.shownDeals().get(Stage.PROSPECT)).extracting(DealRow::id).doesNotContain(dealId);
        // Only the two columns the deal left and joined were redrawn: the others keep the very same markup.
        assertThat(board.columnOf(Stage.PROPOSAL).getElement().getProperty("innerHTML")).isSameAs(proposals);
    }

    @Test
    void draggingACardToAnotherColumnMovesItAndAForgedIdMovesNothing() {
        long dealId = openDealOf("rep", "QUALIFIED");
        long othersDeal = jdbc.queryForObject("select min(d.id) from deal d join person p on p.id = d.owner_id"
                + " where p.username <> 'rep' and p.role = 'REP' and d.stage = 'QUALIFIED'", Long.class);
        login("rep");
        UI.getCurrent().navigate(DealsView.class);

        drop(dealId, "PROPOSAL");
        drop(othersDeal, "PROPOSAL"); // not on this rep's board: ignored, whatever the browser claims
        drop(dealId, "WON");          // not a column of the board

        assertThat(jdbc.queryForObject("select stage from deal where id = ?", String.class, dealId)).isEqualTo("PROPOSAL");
        assertThat(jdbc.queryForObject("select stage from deal where id = ?", String.class, othersDeal)).isEqualTo("QUALIFIED");
        assertThat(shown(dealId).stage()).isEqualTo(Stage.PROPOSAL);
    }

    @Test
    void tappingACardOutsideTheArrowOpensTheDeal() {
        long dealId = openDealOf("rep", "QUALIFIED");
        login("rep");
        UI.getCurrent().navigate(DealsView.class);
        tap(dealId, false);

        assertThat(_find(DealView.class)).hasSize(1);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("deals/" + dealId);
        assertThat(jdbc.queryForObject("select stage from deal where id = ?", String.class, dealId)).isEqualTo("QUALIFIED");
    }

    @Test
    void aLongColumnShowsTheFirstCardsAndMoreOnRequest() {
        login("manager");
        UI.getCurrent().navigate(DealsView.class);
        DealBoard board = _get(DealBoard.class);
        Stage stage = Stage.openStages().stream().filter(board::hasMore).findFirst().orElseThrow();
        int total = jdbc.queryForObject("select count(*) from deal d join person p on p.id = d.owner_id"
                + " join person m on m.team_id = p.team_id where m.username = 'manager' and d.stage = ?", Integer.class,
                stage.name());
        assertThat(board.shownDeals().get(stage)).hasSize(DealBoard.PER_COLUMN);
        assertThat(board.columnOf(stage).getElement().getProperty("innerHTML")).contains("deal-column-more")
                .contains("Show " + Math.min(DealBoard.PER_COLUMN, total - DealBoard.PER_COLUMN) + " more");

        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent(board, "click",
                tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                        .put(DealBoard.MORE_OF, stage.name()).put(DealBoard.TAP_TARGET, true));

        assertThat(board.shownDeals().get(stage)).hasSize(Math.min(total, 2 * DealBoard.PER_COLUMN));
        assertThat(board.hasMore(stage)).isEqualTo(total > 2 * DealBoard.PER_COLUMN);
    }

    @Test
    void tappingListShowsTheGridAndTheUrlKeepsIt() {
        login("rep");
        UI.getCurrent().navigate(DealsView.class);
        assertThat(_find(Grid.class)).as("the list's grid is built only when asked for").isEmpty();
        com.salespact.base.ui.SegmentedToggle toggle = _get(com.salespact.base.ui.SegmentedToggle.class);
        assertThat(toggle.getElement().getProperty("innerHTML")).contains("data-value=\"board\" theme=\"primary\" aria-pressed=\"true\"");

        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent(toggle, "click",
                tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                        .put(com.salespact.base.ui.SegmentedToggle.TAPPED, "list")
                        .put(com.salespact.base.ui.SegmentedToggle.ON_A_BUTTON, true));

        assertThat(toggle.getValue()).isEqualTo("list");
        assertThat(toggle.getElement().getProperty("innerHTML")).contains("data-value=\"list\" theme=\"primary\" aria-pressed=\"true\"");
        @SuppressWarnings("unchecked")
        Grid<DealRow> grid = _get(Grid.class, spec -> spec.withId("deal-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(jdbc.queryForObject("select count(*) from deal d join person p"
                + " on p.id = d.owner_id where p.username = 'rep'", Integer.class));
        assertThat(_find(DealBoard.class)).as("the board is hidden").isEmpty();
    }

    @Test
    void aCardShowsUserTextEscaped() {
        DealRow row = new DealRow(1, "<img src=x onerror=alert(1)> & co", 2, "Acme \"Ltd\"", 3, "Ann", new BigDecimal("1200"),
                BigDecimal.ZERO, Stage.PROSPECT, com.salespact.deals.ForecastCategory.PIPELINE,
                java.time.LocalDate.of(2026, 12, 1), java.time.Instant.parse("2026-11-01T00:00:00Z"), null, null, 0);
        String html = DealCard.html(row, java.time.Instant.parse("2026-11-20T00:00:00Z"), true, UI.getCurrent());
        assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt; &amp; co").doesNotContain("<img")
                .contains("Acme &quot;Ltd&quot; · Ann").contains("deal-card-next").contains("data-deal-id=\"1\"");
    }

    /** A tap on a card as the browser reports it to the board: the card's deal id and whether it hit the arrow. */
    private static void tap(long dealId, boolean onArrow) {
        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent(_get(DealBoard.class), "click",
                tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                        .put(DealBoard.TAPPED_DEAL, String.valueOf(dealId))
                        .put(DealBoard.ON_ARROW, onArrow).put(DealBoard.TAP_TARGET, true));
    }

    /** A card dropped on a column, as the board's drag-and-drop script reports it. */
    private static void drop(long dealId, String stage) {
        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent(_get(DealBoard.class), "deal-drop",
                tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                        .put(DealBoard.DROPPED_DEAL, String.valueOf(dealId)).put(DealBoard.DROP_STAGE, stage));
    }

    @Test
    void repEditsADealAndTicksAChecklistItem() {
        long dealId = openDealOf("rep", "PROPOSAL");
        login("rep");
        UI.getCurrent().navigate("deals/" + dealId);
        DealForm form = _get(DealForm.class);
        form.amount.setValue(new BigDecimal("48000"));
        form.grossProfit.setValue(new BigDecimal("15000"));
        form.nextStep.setValue("Call the CFO on Friday");
        _click(_get(Button.class, spec -> spec.withId("save-deal")));

        assertThat(jdbc.queryForObject("select amount from deal where id = ?", BigDecimal.class, dealId))
                .isEqualByComparingTo("48000");
        assertThat(jdbc.queryForObject("select next_step from deal where id = ?", String.class, dealId))
                .isEqualTo("Call the CFO on Friday");

        com.vaadin.flow.component.checkbox.Checkbox first = _find(com.vaadin.flow.component.checkbox.Checkbox.class,
                spec -> spec.withClasses("checklist-item")).getFirst();
        first.setValue(true);
        assertThat(jdbc.queryForObject("select count(*) from deal_milestone where deal_id = ? and done = true",
                Integer.class, dealId)).isEqualTo(1);
    }

    @Test
    void grossProfitAboveAmountIsRefusedAtTheFieldAndNothingIsSaved() {
        long dealId = openDealOf("rep", "QUALIFIED");
        BigDecimal before = jdbc.queryForObject("select amount from deal where id = ?", BigDecimal.class, dealId);
        login("rep");
        UI.getCurrent().navigate("deals/" + dealId);
        DealForm form = _get(DealForm.class);
        form.amount.setValue(new BigDecimal("1000"));
        form.grossProfit.setValue(new BigDecimal("5000"));
        _click(_get(Button.class, spec -> spec.withId("save-deal")));

        assertThat(form.grossProfit.isInvalid()).isTrue();
        assertThat(form.grossProfit.getErrorMessage()).isEqualTo("Gross profit cannot be more than the amount");
        assertThat(jdbc.queryForObject("select amount from deal where id = ?", BigDecimal.class, dealId))
                .isEqualByComparingTo(before);
        assertThat(form.amount.getValue()).isEqualByComparingTo("1000");
    }

    @Test
    void repCannotOpenAnotherRepsDealByUrl() {
        long othersDeal = jdbc.queryForObject("select min(d.id) from deal d join person p on p.id = d.owner_id"
                + " where p.username <> 'rep' and p.role = 'REP'", Long.class);
        login("rep");
        UI.getCurrent().navigate("deals/" + othersDeal);
        assertThat(_find(DealView.class)).isEmpty();
        assertThat(_find(DealsView.class)).hasSize(1);
        assertThat(_find(DealForm.class)).isEmpty();
    }

    @Test
    void managerFiltersTheTeamsDealsByRep() {
        login("manager");
        UI.getCurrent().navigate("deals", com.vaadin.flow.router.QueryParameters.of("view", "list"));
        @SuppressWarnings("unchecked")
        Grid<DealRow> grid = _get(Grid.class, spec -> spec.withId("deal-grid"));
        List<DealRow> all = GridKt._fetch(grid, 0, 2000);
        assertThat(all.stream().map(DealRow::ownerId).distinct()).hasSizeGreaterThan(1);

        @SuppressWarnings("unchecked")
        ComboBox<PersonSummary> owner = _get(ComboBox.class, spec -> spec.withId("owner-filter"));
        PersonSummary rep = owner.getListDataView().getItems().filter(p -> p.username().equals("rep")).findFirst().orElseThrow();
        owner.setValue(rep);
        List<DealRow> filtered = GridKt._fetch(grid, 0, 2000);
        assertThat(filtered).isNotEmpty().allSatisfy(row -> assertThat(row.ownerId()).isEqualTo(rep.id()));
        assertThat(GridKt._size(grid)).isEqualTo(jdbc.queryForObject(
                "select count(*) from deal where owner_id = ?", Integer.class, rep.id()));
        com.salespact.base.ui.SegmentedToggle toggle = _get(com.salespact.base.ui.SegmentedToggle.class,
                spec -> spec.withId("layout-toggle"));
        assertThat(toggle.getValue()).isEqualTo("list");
    }

    @Test
    void secondTabletSavingAStaleDealGetsTheConflictAndTheFirstChangeSurvives() {
        long dealId = openDealOf("rep", "NEGOTIATION");
        login("rep");
        UI.getCurrent().navigate("deals/" + dealId);
        DealForm form = _get(DealForm.class);

        // The other tablet saves first.
        var current = deals.load(dealId).orElseThrow();
        DealDraft other = DealDraft.of(current);
        other.setNextStep("Signed copy expected Monday");
        other.setAmount(new BigDecimal("77000"));
        deals.save(dealId, current.version(), current.ownerId(), other);

        form.amount.setValue(new BigDecimal("66000"));
        _click(_get(Button.class, spec -> spec.withId("save-deal")));

        ConflictDialogAssert.visible();
        assertThat(_find(ListItem.class).stream().map(ListItem::getText))
                .anySatisfy(text -> assertThat(text).startsWith("Amount:").contains("77000"))
                .anySatisfy(text -> assertThat(text).contains("Signed copy expected Monday"));
        assertThat(jdbc.queryForObject("select amount from deal where id = ?", BigDecimal.class, dealId))
                .isEqualByComparingTo("77000");

        _click(_get(Button.class, spec -> spec.withId("conflict-reload")));
        assertThat(_get(DealForm.class).amount.getValue()).isEqualByComparingTo("77000");
    }

    private static final class ConflictDialogAssert {
        static void visible() {
            assertThat(_find(ConflictDialog.class)).hasSize(1);
        }
    }
}
