package com.salespact.deals.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.SeededCompany;
import com.salespact.TestSupport;
import com.salespact.deals.DealFilter;
import com.salespact.deals.DealRow;
import com.salespact.deals.DealService;
import com.salespact.deals.Stage;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** The one-statement deal board against the database: counts, sums, order, limits, filter and scope. */
@SpringBootTest
@ActiveProfiles("test")
class BoardQueryTest {

    @Autowired UserDetailsService users;
    @Autowired BoardQuery boards;
    @Autowired DealService deals;
    @Autowired JdbcTemplate jdbc;
    @Autowired SeededCompany company;

    @AfterEach
    void signOut() {
        TestSupport.signOut();
    }

    private static Map<Stage, Integer> limits(int each) {
        Map<Stage, Integer> limits = new EnumMap<>(Stage.class);
        Stage.openStages().forEach(stage -> limits.put(stage, each));
        return limits;
    }

    @Test
    void eachColumnHoldsTheSoonestDealsAndTheWholeStagesCountAndAmount() {
        TestSupport.signIn(users, "manager");
        List<BoardQuery.Column> board = boards.board(DealFilter.open(), limits(5));

        assertThat(board).extracting(BoardQuery.Column::stage).containsExactlyElementsOf(Stage.openStages());
        for (BoardQuery.Column column : board) {
            DealFilter stage = DealFilter.open().withStages(Set.of(column.stage()));
            // The same deals, in the same order, as the service's list (its default order: expected close, id).
            assertThat(column.rows()).containsExactlyElementsOf(deals.list(stage, 0, 5, null));
            assertThat(column.deals()).isEqualTo(deals.count(stage));
            BigDecimal sum = jdbc.queryForObject("""
                    select coalesce(sum(d.amount), 0) from deal d join person p on p.id = d.owner_id
                    join person m on m.team_id = p.team_id where m.username = 'manager' and d.stage = ?""",
                    BigDecimal.class, column.stage().name());
            assertThat(column.amount()).isEqualByComparingTo(sum);
        }
        assertThat(board.stream().mapToInt(column -> column.rows().size()).sum()).isPositive();
    }

    @Test
    void aColumnShowsOnlyAsManyCardsAsItsLimit() {
        TestSupport.signIn(users, "manager");
        Map<Stage, Integer> limits = limits(2);
        limits.put(Stage.PROSPECT, 7);
        List<BoardQuery.Column> board = boards.board(DealFilter.open(), limits);

        board.forEach(column -> assertThat(column.rows())
                .hasSize(Math.min(column.deals(), limits.get(column.stage())))
                .isSortedAccordingTo(Comparator.comparing(DealRow::expectedCloseDate).thenComparing(DealRow::id)));
    }

    @Test
    void aRepsBoardHoldsOnlyTheirDealsWhateverTheFilterAsks() {
        long rep = company.personId("rep");
        long other = company.personId("lkim");
        TestSupport.signIn(users, "rep");

        assertThat(boards.board(DealFilter.open(), limits(50))).flatExtracting(BoardQuery.Column::rows)
                .isNotEmpty().allSatisfy(row -> assertThat(row.ownerId()).isEqualTo(rep));
        assertThat(boards.board(DealFilter.open().withOwner(other), limits(50)))
                .allSatisfy(column -> assertThat(column.rows()).isEmpty())
                .allSatisfy(column -> assertThat(column.deals()).isZero());
    }

    @Test
    void searchMatchesDealOrAccountName() {
        TestSupport.signIn(users, "manager");
        DealRow any = boards.board(DealFilter.open(), limits(1)).stream().flatMap(column -> column.rows().stream())
                .findFirst().orElseThrow();
        String text = any.accountName().substring(0, Math.min(6, any.accountName().length())).toUpperCase();

        List<DealRow> found = boards.board(DealFilter.open().withText(text), limits(50)).stream()
                .flatMap(column -> column.rows().stream()).toList();
        assertThat(found).contains(any).allSatisfy(row -> assertThat((row.name() + row.accountName()).toLowerCase())
                .contains(text.toLowerCase()));
        // Search text is text: % and _ are not wildcards (no demo deal or account has them in its name).
        assertThat(boards.board(DealFilter.open().withText("%"), limits(50))).allSatisfy(column ->
                assertThat(column.rows()).isEmpty());
    }
}
