package com.salespact.deals.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.salespact.deals.ui.DealListPage.count;
import static com.salespact.deals.ui.DealListPage.headerLink;
import static com.salespact.deals.ui.DealListPage.listMarkup;
import static com.salespact.deals.ui.DealListPage.listed;
import static com.salespact.deals.ui.DealListPage.navigate;
import static com.salespact.deals.ui.DealListPage.replacedUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.salespact.base.ui.KaribuTest;
import com.salespact.base.ui.SegmentedToggle;
import com.salespact.deals.Stage;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The deals list's status filter (issue 16: the list opened on deals closed 18 months ago): open deals first, won,
 * lost or all when chosen, kept in the URL and honoured by the export; and its stage column sorts in pipeline order.
 */
class DealListStatusTest extends KaribuTest {

    private static final Stage[] OPEN = Stage.openStages().toArray(Stage[]::new);

    /** The stage of every deal the list shows, in row order. */
    private List<Stage> listedStages() {
        return listed().stream().map(id -> company.deal(id).stage()).toList();
    }

    private static SegmentedToggle statusFilter() {
        return _get(SegmentedToggle.class, spec -> spec.withId("status-filter"));
    }

    /** Taps one of the status buttons, as the browser reports it. */
    private static void tapStatus(String status) {
        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent(statusFilter(), "click",
                tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                        .put(SegmentedToggle.TAPPED, status).put(SegmentedToggle.ON_A_BUTTON, true));
    }

    @Test
    void theListOpensOnOpenDealsOnly() {
        login("rep");
        navigate("deals?view=list");

        assertThat(statusFilter().getValue()).isEqualTo("open");
        assertThat(statusFilter().getElement().getProperty("innerHTML"))
                .contains("data-value=\"open\" theme=\"primary\" aria-pressed=\"true\"");
        assertThat(listedStages()).isNotEmpty().allMatch(Stage::isOpen);
        int open = company.dealCountOf("rep", OPEN);
        assertThat(open).as("the rep has closed deals too").isLessThan(company.dealCountOf("rep"));
        assertThat(listMarkup()).contains(" of " + count(open) + "</span>");
    }

    @Test
    void tappingAStatusShowsItsDeals() {
        login("rep");
        navigate("deals?view=list");
        tapStatus("lost");
        assertThat(statusFilter().getValue()).isEqualTo("lost");
        assertThat(statusFilter().getElement().getProperty("innerHTML"))
                .contains("data-value=\"lost\" theme=\"primary\" aria-pressed=\"true\"");
        assertThat(listedStages()).isNotEmpty().containsOnly(Stage.LOST);
    }

    @Test
    void eachStatusShowsItsDealsFromPageOneAndTheUrlSaysWhich() {
        login("manager");
        navigate("deals?view=list&page=2");
        Map<String, Stage[]> stages = Map.of("won", new Stage[] {Stage.WON}, "lost", new Stage[] {Stage.LOST},
                "all", Stage.values(), "open", OPEN);
        for (String status : List.of("won", "lost", "all", "open")) {
            statusFilter().setValue(status);

            assertThat(replacedUrl()).as(status).isEqualTo(status.equals("open")
                    ? Map.of("view", List.of("list")) : Map.of("view", List.of("list"), "status", List.of(status)));
            List<String> expected = Arrays.stream(stages.get(status)).map(Stage::name).toList();
            assertThat(listedStages()).as(status).isNotEmpty()
                    .allSatisfy(stage -> assertThat(expected).contains(stage.name()));
            assertThat(listMarkup()).as(status + ": back to page one").contains(">1&#8211;20 of ");
        }
        statusFilter().setValue("all");
        assertThat(listedStages()).as("all: closed deals too, as the list sorts by expected close")
                .anyMatch(Stage::isClosed);
    }

    @Test
    void theStatusInTheUrlIsRestoredAndKeptByTheListsLinks() {
        login("rep");
        navigate("deals?view=list&status=lost&sort=amount");

        assertThat(statusFilter().getValue()).isEqualTo("lost");
        assertThat(listedStages()).isNotEmpty().containsOnly(Stage.LOST);
        assertThat(listMarkup()).contains(" of " + count(company.dealCountOf("rep", Stage.LOST)) + "</span>");
        assertThat(headerLink("amount")).isEqualTo("deals?view=list&status=lost&sort=amount&dir=desc");

        navigate(headerLink("amount"));
        assertThat(statusFilter().getValue()).isEqualTo("lost");
        assertThat(listedStages()).containsOnly(Stage.LOST);

        navigate("deals?view=list");
        assertThat(statusFilter().getValue()).as("a URL without a status: open").isEqualTo("open");
    }

    @Test
    void aStatusNotKnownFallsBackToOpen() {
        login("rep");
        for (String status : List.of("closed", "WON", "", "won%3Bdrop", "all&status=won")) {
            navigate("deals?view=list&status=" + status);
            assertThat(_find(DealsView.class)).as(status).hasSize(1);
            if (status.startsWith("all&")) {
                assertThat(statusFilter().getValue()).as("the first of two values counts").isEqualTo("all");
                continue;
            }
            assertThat(statusFilter().getValue()).as(status).isEqualTo("open");
            assertThat(listedStages()).as(status).isNotEmpty().allMatch(Stage::isOpen);
        }
    }

    @Test
    void theBoardHasNoStatusFilterAndShowsOpenDeals() {
        login("rep");
        navigate("deals?status=won");
        assertThat(_find(SegmentedToggle.class, spec -> spec.withId("status-filter"))).as("hidden on the board")
                .isEmpty();
        assertThat(_get(DealBoard.class).shownDeals().values().stream().flatMap(List::stream))
                .isNotEmpty().allMatch(row -> row.stage().isOpen());
    }

    @Test
    void sortingByStageFollowsThePipelineBothWays() {
        login("manager");
        navigate("deals?view=list&status=all&sort=stage");
        List<Stage> ascending = listedStages();
        assertThat(ascending).isSortedAccordingTo(Comparator.naturalOrder()).startsWith(Stage.PROSPECT);

        navigate(headerLink("stage"));
        assertThat(listMarkup()).contains("aria-sort=\"descending\"");
        assertThat(listedStages()).as("Lost last in the pipeline, so first when descending (by name: Won first)")
                .isSortedAccordingTo(Comparator.reverseOrder()).startsWith(Stage.LOST);

        navigate("deals?view=list&sort=stage&dir=desc");
        assertThat(listedStages()).as("open deals: Negotiation first, not Qualified")
                .isSortedAccordingTo(Comparator.reverseOrder()).startsWith(Stage.NEGOTIATION);
    }

    @Test
    void theExportHonoursTheStatusFilter() throws IOException {
        login("rep");
        navigate("deals?view=list&status=won&sort=stage");
        List<CSVRecord> won = exported();
        assertThat(won).hasSize(company.dealCountOf("rep", Stage.WON)).isNotEmpty();
        assertThat(won).extracting(row -> row.get("stage")).containsOnly("WON");

        navigate("deals?view=list");
        List<CSVRecord> open = exported();
        assertThat(open).hasSize(company.dealCountOf("rep", OPEN));
        assertThat(open).extracting(row -> Stage.valueOf(row.get("stage"))).allMatch(Stage::isOpen);

        navigate("deals?view=list&status=all&sort=stage&dir=desc");
        List<CSVRecord> all = exported();
        assertThat(all).hasSize(company.dealCountOf("rep"));
        assertThat(all).extracting(row -> Stage.valueOf(row.get("stage")))
                .as("in the list's order: the pipeline's, backwards").isSortedAccordingTo(Comparator.reverseOrder());
    }

    /** Clicks "Export CSV": runs the link's download as the server would for the browser, and reads the file. */
    private static List<CSVRecord> exported() throws IOException {
        Anchor link = _get(Anchor.class, spec -> spec.withId("export-csv"));
        VaadinSession session = VaadinSession.getCurrent();
        StreamResourceRegistry.ElementStreamResource resource = session.getResourceRegistry()
                .getResource(StreamResourceRegistry.ElementStreamResource.class, URI.create(link.getHref()))
                .orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VaadinResponse response = mock(VaadinResponse.class);
        when(response.getOutputStream()).thenReturn(out);
        ((DownloadHandler) resource.getElementRequestHandler()).handleDownloadRequest(
                new DownloadEvent(mock(VaadinRequest.class), response, session, resource.getOwner()));
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)),
                CSVFormat.RFC4180.builder().setHeader().get())) {
            return parser.getRecords();
        }
    }
}
