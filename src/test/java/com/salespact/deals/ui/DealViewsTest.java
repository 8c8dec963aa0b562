package com.salespact.deals.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.salespact.deals.ui.DealListPage.count;
import static com.salespact.deals.ui.DealListPage.headerLink;
import static com.salespact.deals.ui.DealListPage.listMarkup;
import static com.salespact.deals.ui.DealListPage.listed;
import static com.salespact.deals.ui.DealListPage.navigate;
import static com.salespact.deals.ui.DealListPage.replacedUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.SeededCompany.DealFacts;
import com.salespact.base.ui.KaribuTest;
import com.salespact.deals.DealDraft;
import com.salespact.deals.DealRow;
import com.salespact.deals.DealService;
import com.salespact.deals.Stage;
import com.salespact.people.PersonSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.salespact.base.ui.FieldConflictDialog;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
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

    private static final Stage[] OPEN = Stage.openStages().toArray(Stage[]::new);

    private long ownerOf(long dealId) {
        return company.deal(dealId).ownerId();
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
            assertThat(card.ownerId()).isEqualTo(company.personId("rep"));
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
        long dealId = kept.deal(company.lastDealOf("rep", Stage.PROSPECT));
        login("rep");
        UI.getCurrent().navigate(DealsView.class);
        DealBoard board = _get(DealBoard.class);
        String proposals = board.columnOf(Stage.PROPOSAL).getElement().getProperty("innerHTML");
        tap(dealId, true);

        assertThat(company.deal(dealId).stage()).isEqualTo(Stage.QUALIFIED);
        assertThat(jdbc.queryForObject("select count(*) from stage_change where deal_id = ? and from_stage = 'PROSPECT'"
                + " and to_stage = 'QUALIFIED' and changed_by = ?", Integer.class, dealId, company.personId("rep")))
                .isEqualTo(1);
        assertThat(shown(dealId).stage()).isEqualTo(Stage.QUALIFIED);
        assertThat(board.shownDeals().get(Stage.PROSPECT)).extracting(DealRow::id).doesNotContain(dealId);
        // Only the two columns the deal left and joined were redrawn: the others keep the very same markup.
        assertThat(board.columnOf(Stage.PROPOSAL).getElement().getProperty("innerHTML")).isSameAs(proposals);
    }

    @Test
    void draggingACardToAnotherColumnMovesItAndAForgedIdMovesNothing() {
        long dealId = kept.deal(company.lastDealOf("rep", Stage.QUALIFIED));
        long othersDeal = kept.deal(company.firstDealOfAnotherRep("rep", Stage.QUALIFIED));
        login("rep");
        UI.getCurrent().navigate(DealsView.class);

        drop(dealId, "PROPOSAL");
        drop(othersDeal, "PROPOSAL"); // not on this rep's board: ignored, whatever the browser claims
        drop(dealId, "CLOSED");       // not a column of the board

        assertThat(company.deal(dealId).stage()).isEqualTo(Stage.PROPOSAL);
        assertThat(company.deal(othersDeal).stage()).isEqualTo(Stage.QUALIFIED);
        assertThat(shown(dealId).stage()).isEqualTo(Stage.PROPOSAL);
    }

    @Test
    void tappingACardOutsideTheArrowOpensTheDeal() {
        long dealId = kept.deal(company.lastDealOf("rep", Stage.QUALIFIED));
        login("rep");
        UI.getCurrent().navigate(DealsView.class);
        tap(dealId, false);

        assertThat(_find(DealView.class)).hasSize(1);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("deals/" + dealId);
        assertThat(company.deal(dealId).stage()).isEqualTo(Stage.QUALIFIED);
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
    void tappingListShowsTheListAndTheUrlKeepsIt() {
        login("rep");
        UI.getCurrent().navigate(DealsView.class);
        assertThat(_find(DealList.class)).as("the list is built only when asked for").isEmpty();
        com.salespact.base.ui.SegmentedToggle toggle = _get(com.salespact.base.ui.SegmentedToggle.class,
                spec -> spec.withId("layout-toggle"));
        assertThat(toggle.getElement().getProperty("innerHTML")).contains("data-value=\"board\" theme=\"primary\" aria-pressed=\"true\"");

        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent(toggle, "click",
                tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                        .put(com.salespact.base.ui.SegmentedToggle.TAPPED, "list")
                        .put(com.salespact.base.ui.SegmentedToggle.ON_A_BUTTON, true));

        assertThat(toggle.getValue()).isEqualTo("list");
        assertThat(toggle.getElement().getProperty("innerHTML")).contains("data-value=\"list\" theme=\"primary\" aria-pressed=\"true\"");
        int total = company.dealCountOf("rep", OPEN);
        assertThat(listed()).hasSize(Math.min(total, DealList.PAGE_SIZE));
        assertThat(listMarkup()).contains(" of " + count(total) + "</span>");
        assertThat(_find(DealBoard.class)).as("the board is hidden").isEmpty();
    }

    @Test
    void leavingALayoutLetsGoOfItAndComingBackDrawsItAgain() {
        login("rep");
        UI.getCurrent().navigate(DealsView.class);
        DealBoard board = _get(DealBoard.class);
        String prospects = board.columnOf(Stage.PROSPECT).getElement().getProperty("innerHTML");
        assertThat(prospects).contains("deal-card");

        navigate("deals?view=list&sort=amount");
        assertThat(board.getParent()).as("the board left the page").isEmpty();
        assertThat(listed()).isNotEmpty();

        navigate("deals");
        assertThat(_get(DealBoard.class).columnOf(Stage.PROSPECT).getElement().getProperty("innerHTML"))
                .as("a new board, drawn the same").isEqualTo(prospects);
        // Karibu's _get finds visible components only: the hidden list is a child of the view.
        DealList list = _get(DealsView.class).getChildren().filter(DealList.class::isInstance).map(DealList.class::cast)
                .findFirst().orElseThrow();
        assertThat(list.getElement().getProperty("innerHTML")).as("hidden list").isEmpty();
        assertThat(list.sort().getOrderFor("amount")).as("the list keeps its sort for when it comes back").isNotNull();
    }

    @Test
    void theListShowsTheFirstPageOfOpenDealsSortedAsTheUrlSaysAndARepSeesNoOwnerColumn() {
        login("rep");
        navigate("deals?view=list&sort=amount&dir=desc");

        assertThat(listed()).isEqualTo(jdbc.queryForList("select d.id from deal d join person p on p.id = d.owner_id"
                + " where p.username = 'rep' and d.stage not in ('WON', 'LOST') order by d.amount desc, d.id limit " + DealList.PAGE_SIZE, Long.class));
        String html = listMarkup();
        assertThat(html).contains("aria-sort=\"descending\"><a href=\"deals?view=list&amp;sort=amount\" router-link>Amount")
                .doesNotContain("deal-list-owner").doesNotContain(">Owner<")
                .contains("class=\"deal-list-open\" href=\"deals/" + listed().getFirst() + "\" router-link>")
                .contains("forecast-badge forecast-").contains(" d in stage</span>");
        assertThat(html.split("aria-sort=", -1)).as("one sorted column").hasSize(2);
    }

    @Test
    void aSortHeaderLinkTogglesTheDirectionAndKeepsTheSearch() {
        login("manager");
        navigate("deals?view=list&q=a&sort=name");
        assertThat(headerLink("name")).isEqualTo("deals?view=list&q=a&sort=name&dir=desc");
        assertThat(headerLink("amount")).isEqualTo("deals?view=list&q=a&sort=amount");
        assertThat(listMarkup()).contains("aria-sort=\"ascending\"");

        navigate(headerLink("name"));
        assertThat(listMarkup()).contains("aria-sort=\"descending\"");
        assertThat(headerLink("name")).isEqualTo("deals?view=list&q=a&sort=name");
        List<Long> descending = listed();
        navigate(headerLink("name"));
        assertThat(listed()).isNotEqualTo(descending);
    }

    @Test
    void pageTwoShowsTheNextRowsAndThePagerSaysWhere() {
        String team = " from deal d join person p on p.id = d.owner_id join person m on m.team_id = p.team_id"
                + " where m.username = 'manager'";
        int total = jdbc.queryForObject("select count(*)" + team, Integer.class);
        assertThat(total).as("the seeded team has more than two pages").isGreaterThan(2 * DealList.PAGE_SIZE);
        login("manager");
        navigate("deals?view=list&status=all&sort=amount");
        String first = listMarkup();
        assertThat(first).contains(">1&#8211;20 of " + count(total) + "</span>")
                .contains("<a class=\"deal-list-previous\" aria-disabled=\"true\">Previous</a>")
                .contains("<a class=\"deal-list-next\" href=\"deals?view=list&amp;status=all&amp;sort=amount&amp;page=2\" router-link>Next</a>")
                .contains("deal-list-owner");

        navigate("deals?view=list&status=all&sort=amount&page=2");
        assertThat(listed()).isEqualTo(jdbc.queryForList("select d.id" + team + " order by d.amount, d.id"
                + " offset 20 rows fetch next 20 rows only", Long.class));
        assertThat(listMarkup()).contains(">21&#8211;40 of " + count(total) + "</span>")
                .contains("<a class=\"deal-list-previous\" href=\"deals?view=list&amp;status=all&amp;sort=amount\" router-link>");

        int last = Math.ceilDiv(total, DealList.PAGE_SIZE);
        navigate("deals?view=list&status=all&sort=amount&page=" + last);
        assertThat(listMarkup()).contains("<a class=\"deal-list-next\" aria-disabled=\"true\">Next</a>");
    }

    @Test
    void searchingShowsMatchingDealsFromPageOneAndTheUrlFollows() {
        login("manager");
        navigate("deals?view=list&page=2");
        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("deal-search")).setValue("zzz-none");
        assertThat(replacedUrl()).as("back to page one").isEqualTo(java.util.Map.of("view", List.of("list"),
                "q", List.of("zzz-none")));
        assertThat(listed()).isEmpty();
        assertThat(listMarkup()).contains("deal-list-empty").contains("No deals to show here.");

        String account = jdbc.queryForObject("select min(a.name) from account a join deal d on d.account_id = a.id"
                + " join person p on p.id = d.owner_id where p.username = 'rep' and d.stage not in ('WON', 'LOST')",
                String.class);
        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("deal-search")).setValue(account);
        List<Long> ids = listed();
        assertThat(ids).isNotEmpty();
        assertThat(ids).allSatisfy(id -> assertThat(jdbc.queryForObject("select lower(d.name || ' ' || a.name)"
                + " from deal d join account a on a.id = d.account_id where d.id = ?", String.class, id))
                .contains(account.toLowerCase(java.util.Locale.ROOT)));
        assertThat(listMarkup()).contains("deal-list-previous\" aria-disabled=\"true\"");
    }

    @Test
    void theListShowsHostileDealNamesEscaped() {
        long dealId = kept.deal(company.lastDealOf("rep", Stage.PROSPECT));
        String name = company.deal(dealId).name();
        jdbc.update("update deal set name = ? where id = ?", "<script>alert(1)</script> & \"co\"", dealId);
        try {
            login("rep");
            navigate("deals?view=list&q=script");
            assertThat(listed()).containsExactly(dealId);
            assertThat(listMarkup()).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;co&quot;")
                    .doesNotContain("<script").contains("q=script");
        } finally {
            jdbc.update("update deal set name = ? where id = ?", name, dealId);
        }
    }

    @Test
    void badListParametersFallBackInsteadOfFailing() {
        login("manager");
        for (String query : List.of("sort=drop&dir=sideways&page=-5", "page=abc", "page=99999&sort=amount",
                "sort=&page=", "sort=id%3B%20drop%20table%20deal&page=1e9")) {
            navigate("deals?view=list&" + query);
            assertThat(_find(DealsView.class)).as(query).hasSize(1);
            assertThat(listed()).as(query).isNotEmpty();
        }
        navigate("deals?view=list&sort=drop&page=-5");
        assertThat(listMarkup()).contains(" class=\"deal-list-close\" aria-sort=\"ascending\"").contains(">1&#8211;20 of ");
        navigate("deals?view=list&page=99999");
        assertThat(listMarkup()).contains("<a class=\"deal-list-next\" aria-disabled=\"true\">Next</a>");
    }


    @Test
    void aCardShowsUserTextEscaped() {
        DealRow row = new DealRow(1, "<img src=x onerror=alert(1)> & co", 2, "Acme \"Ltd\"", 3, "Ann", new BigDecimal("1200"),
                BigDecimal.ZERO, Stage.PROSPECT, com.salespact.deals.ForecastCategory.PIPELINE,
                java.time.LocalDate.of(2026, 12, 1), java.time.Instant.parse("2026-11-01T00:00:00Z"), null, null, 0);
        String html = DealCard.html(row, java.time.Clock.fixed(java.time.Instant.parse("2026-11-20T00:00:00Z"),
                java.time.ZoneOffset.UTC), true, UI.getCurrent());
        assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt; &amp; co").doesNotContain("<img")
                .contains("Acme &quot;Ltd&quot; · Ann").contains("deal-card-next").contains("data-deal-id=\"1\"");
    }

    @Test
    void aCardIsOverdueByTheCompanysDayAndStaleByItsStagesAllowance() {
        // 23:30 UTC on 30 Nov is already 1 Dec in Berlin: a deal due on 30 Nov is overdue there.
        java.time.Clock berlin = java.time.Clock.fixed(java.time.Instant.parse("2026-11-30T23:30:00Z"),
                java.time.ZoneId.of("Europe/Berlin"));
        java.time.Instant fifteenDaysAgo = java.time.Instant.parse("2026-11-15T12:00:00Z");
        DealRow negotiation = new DealRow(1, "Due yesterday in Berlin", 2, "Acme", 3, "Ann", new BigDecimal("1200"),
                BigDecimal.ZERO, Stage.NEGOTIATION, com.salespact.deals.ForecastCategory.COMMIT,
                java.time.LocalDate.of(2026, 11, 30), fifteenDaysAgo, null, null, 0);
        DealRow prospect = new DealRow(2, "Young prospect", 2, "Acme", 3, "Ann", new BigDecimal("1200"),
                BigDecimal.ZERO, Stage.PROSPECT, com.salespact.deals.ForecastCategory.PIPELINE,
                java.time.LocalDate.of(2026, 12, 31), fifteenDaysAgo, null, null, 0);

        assertThat(DealCard.html(negotiation, berlin, false, UI.getCurrent()))
                .contains("deal-card-close overdue").contains("deal-card-age stale");
        assertThat(DealCard.html(prospect, berlin, false, UI.getCurrent()))
                .doesNotContain("overdue").doesNotContain("deal-card-age stale");
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
        long dealId = kept.deal(company.lastDealOf("rep", Stage.PROPOSAL));
        login("rep");
        UI.getCurrent().navigate("deals/" + dealId);
        DealForm form = _get(DealForm.class);
        form.amount.setValue(new BigDecimal("48000"));
        form.grossProfit.setValue(new BigDecimal("15000"));
        form.nextStep.setValue("Call the CFO on Friday");
        _click(_get(Button.class, spec -> spec.withId("save-deal")));
        MockVaadin.clientRoundtrip(false);

        assertThat(company.deal(dealId).amount())
                .isEqualByComparingTo("48000");
        assertThat(company.deal(dealId).nextStep())
                .isEqualTo("Call the CFO on Friday");

        com.vaadin.flow.component.checkbox.Checkbox first = _find(com.vaadin.flow.component.checkbox.Checkbox.class,
                spec -> spec.withClasses("checklist-item")).getFirst();
        first.setValue(true);
        assertThat(jdbc.queryForObject("select count(*) from deal_milestone where deal_id = ? and done = true",
                Integer.class, dealId)).isEqualTo(1);
    }

    @Test
    void grossProfitAboveAmountIsRefusedAtTheFieldAndNothingIsSaved() {
        long dealId = kept.deal(company.lastDealOf("rep", Stage.QUALIFIED));
        BigDecimal before = company.deal(dealId).amount();
        DealForm form = typeGrossProfitAboveAmount(dealId);
        _click(_get(Button.class, spec -> spec.withId("save-deal")));

        assertThat(form.grossProfit.isInvalid()).isTrue();
        assertThat(form.grossProfit.getErrorMessage()).isEqualTo("Gross profit cannot be more than the amount");
        assertThat(company.deal(dealId).amount())
                .isEqualByComparingTo(before);
        assertThat(form.amount.getValue()).isEqualByComparingTo("1000");
    }

    @Test
    void movingWithUnsavedEditsSavesThemAndMovesTheDeal() {
        long dealId = kept.deal(company.lastDealOf("rep", Stage.QUALIFIED));
        login("rep");
        UI.getCurrent().navigate("deals/" + dealId);
        DealForm form = _get(DealForm.class);
        form.nextStep.setValue("Send the proposal on Monday");
        Button next = _get(Button.class, spec -> spec.withId("next-stage"));
        assertThat(next.getText()).isEqualTo("Move to Proposal");

        _click(next);
        MockVaadin.clientRoundtrip(false);

        assertThat(company.deal(dealId).nextStep()).isEqualTo("Send the proposal on Monday");
        assertThat(company.deal(dealId).stage()).isEqualTo(Stage.PROPOSAL);
        assertThat(jdbc.queryForObject("select count(*) from stage_change where deal_id = ? and from_stage = 'QUALIFIED'"
                + " and to_stage = 'PROPOSAL'", Integer.class, dealId)).isEqualTo(1);
        assertThat(form.stage.getValue()).as("the page shows the moved deal").isEqualTo(Stage.PROPOSAL);
        assertThat(form.nextStep.getValue()).isEqualTo("Send the proposal on Monday");
        assertThat(form.hasChanges()).isFalse();
        assertThat(next.getText()).isEqualTo("Move to Negotiation");
    }

    @Test
    void movingWithAnInvalidEditMovesNothingAndKeepsTheTyping() {
        long dealId = kept.deal(company.lastDealOf("rep", Stage.QUALIFIED));
        BigDecimal before = company.deal(dealId).amount();
        DealForm form = typeGrossProfitAboveAmount(dealId);

        _click(_get(Button.class, spec -> spec.withId("next-stage")));

        assertThat(form.grossProfit.isInvalid()).isTrue();
        assertThat(form.grossProfit.getErrorMessage()).isEqualTo("Gross profit cannot be more than the amount");
        assertThat(company.deal(dealId).stage()).as("nothing moved").isEqualTo(Stage.QUALIFIED);
        assertThat(company.deal(dealId).amount()).isEqualByComparingTo(before);
        assertThat(jdbc.queryForObject("select count(*) from stage_change where deal_id = ? and from_stage = 'QUALIFIED'"
                + " and to_stage = 'PROPOSAL'", Integer.class, dealId)).isZero();
        assertThat(form.amount.getValue()).isEqualByComparingTo("1000");
        assertThat(form.grossProfit.getValue()).isEqualByComparingTo("5000");
        assertThat(form.stage.getValue()).isEqualTo(Stage.QUALIFIED);
    }

    @Test
    void repCannotOpenAnotherRepsDealByUrl() {
        long othersDeal = kept.deal(company.firstDealOfAnotherRep("rep"));
        login("rep");
        UI.getCurrent().navigate("deals/" + othersDeal);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(com.salespact.base.ui.NotFoundView.class);
        assertThat(_find(DealView.class)).isEmpty();
        assertThat(_find(DealForm.class)).isEmpty();
        String sentence = _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("error-text"))
                .getText();
        assertThat(sentence).isEqualTo("This deal does not exist or is not yours to see.");

        // A missing deal and a mistyped id read exactly the same: the URL tells nothing about other reps' deals.
        for (String missing : new String[] {String.valueOf(Long.MAX_VALUE), "not-a-number"}) {
            UI.getCurrent().navigate("deals/" + missing);
            assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("error-text"))
                    .getText()).as(missing).isEqualTo(sentence);
        }
        _click(_get(Button.class, spec -> spec.withId("error-list")));
        assertThat(_find(DealsView.class)).hasSize(1);
    }

    @Test
    void managerFiltersTheTeamsDealsByRep() {
        login("manager");
        navigate("deals?view=list&sort=name&page=2");
        assertThat(listed().stream().map(this::ownerOf).distinct()).hasSizeGreaterThan(1);

        @SuppressWarnings("unchecked")
        ComboBox<PersonSummary> owner = _get(ComboBox.class, spec -> spec.withId("owner-filter"));
        PersonSummary rep = owner.getListDataView().getItems().filter(p -> p.username().equals("rep")).findFirst().orElseThrow();
        owner.setValue(rep);
        assertThat(listed()).isNotEmpty().allSatisfy(id -> assertThat(ownerOf(id)).isEqualTo(rep.id()));
        int count = company.dealCountOf(rep.username(), OPEN);
        assertThat(listMarkup()).as("a new filter starts at page one").contains(">1&#8211;" + Math.min(count, 20) + " of " + count(count) + "<")
                .contains("href=\"deals?view=list&amp;owner=" + rep.id() + "&amp;sort=name&amp;dir=desc\"");
        com.salespact.base.ui.SegmentedToggle toggle = _get(com.salespact.base.ui.SegmentedToggle.class,
                spec -> spec.withId("layout-toggle"));
        assertThat(toggle.getValue()).isEqualTo("list");
    }

    @Test
    void twoTabletsChangingDifferentFieldsKeepBothEditsWithoutAsking() {
        long dealId = kept.deal(company.lastDealOf("rep", Stage.NEGOTIATION));
        login("rep");
        UI.getCurrent().navigate("deals/" + dealId);
        DealForm form = _get(DealForm.class);

        BigDecimal theirs = otherTabletSaves(dealId, 1111, null);
        form.nextStep.setValue("Call the CFO on Friday " + theirs);
        _click(_get(Button.class, spec -> spec.withId("save-deal")));
        MockVaadin.clientRoundtrip(false);

        assertThat(_find(FieldConflictDialog.class)).as("no real conflict, no question").isEmpty();
        assertThat(company.deal(dealId).amount())
                .as("the other tablet's amount survives").isEqualByComparingTo(theirs);
        assertThat(company.deal(dealId).nextStep())
                .isEqualTo("Call the CFO on Friday " + theirs);
        assertThat(_get(DealForm.class).amount.getValue()).as("the form shows both edits").isEqualByComparingTo(theirs);
        NotificationsKt.expectNotifications("Saved. Changes made meanwhile by somebody else were kept too: Amount");
    }

    @Test
    void sameFieldChangedOnBothTabletsIsAskedPerFieldAndTheChosenValueIsSaved() {
        long dealId = kept.deal(company.lastDealOf("rep", Stage.NEGOTIATION));
        login("rep");
        UI.getCurrent().navigate("deals/" + dealId);
        DealForm form = _get(DealForm.class);

        BigDecimal mine = form.amount.getValue().add(new BigDecimal(2222));
        BigDecimal theirs = otherTabletSaves(dealId, 1111, "Signed copy expected " + mine);
        form.amount.setValue(mine);
        form.name.setValue(form.name.getValue().replace(" (renewal)", "") + " (renewal)");
        _click(_get(Button.class, spec -> spec.withId("save-deal")));
        MockVaadin.clientRoundtrip(false);

        _get(FieldConflictDialog.class);
        assertThat(company.deal(dealId).amount())
                .as("nothing saved before the choice").isEqualByComparingTo(theirs);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> amountChoice = _get(RadioButtonGroup.class, spec -> spec.withId("conflict-amount"));
        assertThat(_find(RadioButtonGroup.class)).as("only the field both changed is asked").hasSize(1);
        assertThat(amountChoice.getListDataView().getItems().map(amountChoice.getItemLabelGenerator()))
                .containsExactly("Yours: " + grouped(mine), "Theirs: " + grouped(theirs));

        amountChoice.setValue(true);
        _click(_get(Button.class, spec -> spec.withId("conflict-save")));

        assertThat(company.deal(dealId))
                .satisfies(row -> assertThat(row.amount()).isEqualByComparingTo(mine))
                .extracting(DealFacts::name, DealFacts::nextStep)
                .containsExactly(form.name.getValue(), "Signed copy expected " + mine);
        assertThat(_find(FieldConflictDialog.class)).isEmpty();
    }

    @Test
    void choosingTheirValueKeepsItAndStillSavesMyOtherChanges() {
        long dealId = kept.deal(company.lastDealOf("rep", Stage.NEGOTIATION));
        login("rep");
        UI.getCurrent().navigate("deals/" + dealId);
        DealForm form = _get(DealForm.class);

        BigDecimal theirs = otherTabletSaves(dealId, 1111, null);
        form.amount.setValue(theirs.add(BigDecimal.TEN));
        form.nextStep.setValue("Send the revised quote " + theirs);
        _click(_get(Button.class, spec -> spec.withId("save-deal")));
        MockVaadin.clientRoundtrip(false);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> amountChoice = _get(RadioButtonGroup.class, spec -> spec.withId("conflict-amount"));
        amountChoice.setValue(false);
        _click(_get(Button.class, spec -> spec.withId("conflict-save")));

        assertThat(company.deal(dealId))
                .satisfies(row -> assertThat(row.amount()).isEqualByComparingTo(theirs))
                .extracting(DealFacts::nextStep).isEqualTo("Send the revised quote " + theirs);
        assertThat(_get(DealForm.class).amount.getValue()).isEqualByComparingTo(theirs);
    }

    @Test
    void typedTextIsKeptOrRefusedAtTheFieldNeverCutOrCleaned() {
        long dealId = kept.deal(company.lastDealOf("rep", Stage.PROPOSAL));
        String nameBefore = company.deal(dealId).name();
        login("rep");
        UI.getCurrent().navigate("deals/" + dealId);
        DealForm form = _get(DealForm.class);

        String paste = "x".repeat(10_000);
        form.name.setValue(paste);
        assertThat(form.name.getValue()).as("the paste is kept whole").hasSize(10_000);
        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).isEqualTo("At most 200 characters — you typed 10,000");
        assertThat(form.name.getElement().getProperty("maxlength"))
                .as("no browser limit that cuts a paste without a word").isNull();
        _click(_get(Button.class, spec -> spec.withId("save-deal")));
        assertThat(company.deal(dealId).name()).isEqualTo(nameBefore);

        form.name.setValue("Renewal\tphase two");
        assertThat(form.name.getErrorMessage()).isEqualTo("Remove the tab at position 8: it cannot be stored");
        _click(_get(Button.class, spec -> spec.withId("save-deal")));
        assertThat(company.deal(dealId).name()).isEqualTo(nameBefore);

        form.name.setValue(nameBefore);
        form.amount.clear();
        _click(_get(Button.class, spec -> spec.withId("save-deal")));
        assertThat(form.amount.isInvalid()).isTrue();
        assertThat(form.amount.getErrorMessage()).isEqualTo("Enter the deal's amount");
        form.nextStep.setValue("Line one\nline two\twith a tab");
        assertThat(form.nextStep.isInvalid()).as("a multi-line text keeps line breaks and tabs").isFalse();
    }

    @Test
    void theServiceRefusesWhatTheFormWouldHaveRefused() {
        long dealId = kept.deal(company.lastDealOf("rep", Stage.PROPOSAL));
        login("rep");
        var current = deals.load(dealId).orElseThrow();
        DealDraft draft = DealDraft.of(current);
        draft.setName("Bad\u0000name");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> deals.save(dealId, current.version(), current.ownerId(), draft))
                .isInstanceOfSatisfying(com.salespact.base.RuleViolation.class, violation -> {
                    assertThat(violation.field()).isEqualTo("name");
                    assertThat(violation.getMessage()).isEqualTo("Remove the null character at position 4: it cannot be stored");
                });
        draft.setName("n".repeat(201));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> deals.save(dealId, current.version(), current.ownerId(), draft))
                .hasMessage("At most 200 characters — you typed 201");
    }

    /** The other tablet, signed in as the same rep, saves first: the amount goes up by {@code raise}. */
    private BigDecimal otherTabletSaves(long dealId, int raise, String nextStep) {
        var current = deals.load(dealId).orElseThrow();
        DealDraft other = DealDraft.of(current);
        other.setAmount(current.amount().add(new BigDecimal(raise)));
        if (nextStep != null) {
            other.setNextStep(nextStep);
        }
        return deals.save(dealId, current.version(), current.ownerId(), other).amount();
    }

    private static String grouped(BigDecimal amount) {
        return java.text.NumberFormat.getNumberInstance(java.util.Locale.ENGLISH).format(amount);
    }

    /** The rep's deal page with an amount of 1,000 and a gross profit of 5,000 typed, not saved. */
    private DealForm typeGrossProfitAboveAmount(long dealId) {
        login("rep");
        UI.getCurrent().navigate("deals/" + dealId);
        DealForm form = _get(DealForm.class);
        form.amount.setValue(new BigDecimal("1000"));
        form.grossProfit.setValue(new BigDecimal("5000"));
        return form;
    }
}
