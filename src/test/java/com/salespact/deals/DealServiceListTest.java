package com.salespact.deals;

import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.TestSupport;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** The deal list through the service, against the database: the status filter and the stage order. */
@SpringBootTest
@ActiveProfiles("test")
class DealServiceListTest {

    @Autowired UserDetailsService users;
    @Autowired DealService deals;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestSupport.signOut();
    }

    private List<DealRow> everyDeal(DealFilter filter, Sort sort) {
        return deals.list(filter, 0, deals.count(filter), sort);
    }

    @Test
    void sortingByStageFollowsThePipelineNotTheAlphabetBothWays() {
        TestSupport.signIn(users, "admin");
        List<DealRow> ascending = everyDeal(DealFilter.all(), Sort.by(Sort.Order.asc("stage")));
        List<DealRow> descending = everyDeal(DealFilter.all(), Sort.by(Sort.Order.desc("stage")));

        assertThat(ascending).extracting(DealRow::stage).as("every stage is seeded, so alphabet and pipeline differ")
                .contains(Stage.values());
        assertThat(ascending).extracting(DealRow::stage).isSortedAccordingTo(Comparator.naturalOrder())
                .startsWith(Stage.PROSPECT).endsWith(Stage.LOST);
        assertThat(descending).extracting(DealRow::stage).isSortedAccordingTo(Comparator.reverseOrder())
                .startsWith(Stage.LOST).endsWith(Stage.PROSPECT);
        // Within a stage the service's tie-break (id) still holds.
        assertThat(ascending.stream().filter(row -> row.stage() == Stage.PROPOSAL).map(DealRow::id).toList())
                .isSorted();
        assertThat(ascending).hasSize(jdbc.queryForObject("select count(*) from deal", Integer.class));
    }

    @Test
    void aPageSortedByStageIsTheSameSliceOfThatOrderAsTheDatabaseCuts() {
        TestSupport.signIn(users, "admin");
        List<Long> expected = jdbc.queryForList("""
                select id from deal order by case stage when 'PROSPECT' then 0 when 'QUALIFIED' then 1
                when 'PROPOSAL' then 2 when 'NEGOTIATION' then 3 when 'WON' then 4 else 5 end desc, id
                offset 40 rows fetch next 20 rows only""", Long.class);

        assertThat(deals.list(DealFilter.all(), 40, 20, Sort.by(Sort.Order.desc("stage"))))
                .extracting(DealRow::id).containsExactlyElementsOf(expected);
    }

    @Test
    void eachStatusListsItsDealsOnly() {
        TestSupport.signIn(users, "admin");
        for (DealStatus status : DealStatus.values()) {
            String where = switch (status) {
                case OPEN -> " where stage not in ('WON', 'LOST')";
                case WON -> " where stage = 'WON'";
                case LOST -> " where stage = 'LOST'";
                case ALL -> "";
            };
            DealFilter filter = DealFilter.all().withStatus(status);
            assertThat(deals.count(filter)).as(status.name())
                    .isEqualTo(jdbc.queryForObject("select count(*) from deal" + where, Integer.class))
                    .isPositive();
            assertThat(deals.list(filter, 0, 50, Sort.unsorted())).extracting(DealRow::stage).as(status.name())
                    .allMatch(stage -> status == DealStatus.ALL || status.stages().contains(stage));
        }
    }
}
