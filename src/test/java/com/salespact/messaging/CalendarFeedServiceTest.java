package com.salespact.messaging;

import com.salespact.base.CalendarEntry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.KeptRows;
import com.salespact.SeededCompany;
import com.salespact.TestSupport;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Calendar feeds on the shared test database (demo company, clock frozen on 2026-11-18): who makes and revokes
 * which feed, what a token opens, and whose reviews and pact dates a feed holds (a rep their own; a manager the
 * reviews they run and their team's pacts).
 */
@SpringBootTest
@ActiveProfiles("test")
class CalendarFeedServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

    @Autowired CalendarFeedService feeds;
    @Autowired UserDetailsService users;
    @Autowired SeededCompany company;
    @Autowired JdbcTemplate jdbc;

    private KeptRows kept;

    @BeforeEach
    void keep() {
        kept = new KeptRows(jdbc).addedTo("calendar_feed").keep("person", "username in ('rep', 'manager')");
    }

    @AfterEach
    void restore() {
        TestSupport.signOut();
        kept.restore();
    }

    private String makeFeed(String username) {
        TestSupport.signIn(users, username);
        String url = feeds.create();
        TestSupport.signOut();
        return url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
    }

    private CalendarFeedService.Opened open(String token) {
        return feeds.open(token).orElseThrow();
    }

    private Set<String> reviewKeys(String sql, Object... args) {
        Set<String> keys = new HashSet<>();
        jdbc.queryForList(sql, Long.class, args).forEach(id -> keys.add("review-" + id));
        return keys;
    }

    @Test
    void onlyTheHashIsKeptAndTheAddressIsTheBaseUrlsFeedPath() {
        TestSupport.signIn(users, "rep");
        String url = feeds.create();
        assertThat(url).matches("http://localhost:8080/calendar/[A-Za-z0-9_-]{43}\\.ics");
        String token = url.substring(url.lastIndexOf('/') + 1, url.length() - 4);
        String stored = jdbc.queryForObject("select token_hash from calendar_feed where person_id = ? "
                + "and revoked_at is null", String.class, company.personId("rep"));
        assertThat(stored).hasSize(64).isEqualTo(com.salespact.security.SecretTokens.hash(token)).doesNotContain(token);
        assertThat(feeds.mine()).get().satisfies(info -> {
            assertThat(info.personId()).isEqualTo(company.personId("rep"));
            assertThat(info.lastFetchedAt()).isNull();
        });
    }

    @Test
    void aRepsFeedHoldsTheirOwnReviewsAndOnlyTheirOwnPactDates() {
        long rep = company.personId("rep");
        CalendarFeedService.Opened feed = open(makeFeed("rep"));

        assertThat(feed.personName()).isEqualTo(company.fullName("rep"));
        Set<String> expected = reviewKeys("select id from review where (rep_id = ? or manager_id = ?)"
                + " and scheduled_for between ? and ?", rep, rep, TODAY.minusDays(90), TODAY.plusDays(365));
        assertThat(expected).as("the demo company gives the rep reviews").isNotEmpty();
        assertThat(feed.entries()).filteredOn(entry -> entry.eventKey().startsWith("review-"))
                .extracting(CalendarEntry::eventKey).containsExactlyInAnyOrderElementsOf(expected);
        List<CalendarEntry> pactDates = feed.entries().stream()
                .filter(entry -> entry.eventKey().startsWith("pact-")).toList();
        assertThat(pactDates).as("the rep's signed pact: start, end or renewal in the window").isNotEmpty();
        assertThat(pactDates).allSatisfy(entry -> assertThat(entry.titleArgs().getFirst())
                .isEqualTo(company.fullName("rep")));
        assertThat(feed.entries()).allSatisfy(entry -> assertThat(entry.day())
                .isBetween(TODAY.minusDays(90), TODAY.plusDays(365)));
        assertThat(jdbc.queryForObject("select last_fetched_at from calendar_feed where person_id = ? and "
                + "revoked_at is null", java.sql.Timestamp.class, rep)).as("the fetch is recorded").isNotNull();
    }

    @Test
    void aManagersFeedHoldsTheReviewsTheyRunAndTheirTeamsPactDates() {
        long manager = company.personId("manager");
        CalendarFeedService.Opened feed = open(makeFeed("manager"));

        Set<String> expected = reviewKeys("select id from review where (rep_id = ? or manager_id = ?)"
                + " and scheduled_for between ? and ?", manager, manager, TODAY.minusDays(90), TODAY.plusDays(365));
        assertThat(expected).isNotEmpty();
        assertThat(feed.entries()).filteredOn(entry -> entry.eventKey().startsWith("review-"))
                .extracting(CalendarEntry::eventKey).containsExactlyInAnyOrderElementsOf(expected);
        List<String> team = company.activeRepNamesOf(company.teamManagedBy("manager"));
        Set<String> named = new HashSet<>();
        feed.entries().stream().filter(entry -> entry.eventKey().startsWith("pact-"))
                .forEach(entry -> named.add(entry.titleArgs().getFirst()));
        assertThat(named).as("pacts of several of the team's reps, and nobody else's").hasSizeGreaterThan(1);
        assertThat(team).containsAll(named);
        List<String> south = company.activeRepNamesOf(company.teamManagedBy("sofia"));
        assertThat(named).doesNotContainAnyElementsOf(south);
    }

    @Test
    void replacingRevokesTheOldAddressAndRevokingStopsTheNew() {
        String first = makeFeed("rep");
        String second = makeFeed("rep");
        assertThat(feeds.open(first)).as("replaced").isEmpty();
        assertThat(feeds.open(second)).isPresent();
        assertThat(jdbc.queryForObject("select count(*) from calendar_feed where person_id = ? and revoked_at is null",
                Integer.class, company.personId("rep"))).isEqualTo(1);

        TestSupport.signIn(users, "rep");
        feeds.revokeMine();
        assertThat(feeds.mine()).isEmpty();
        assertThat(feeds.open(second)).isEmpty();
    }

    @Test
    void aDeactivatedPersonsAddressOpensNothing() {
        String token = makeFeed("rep");
        jdbc.update("update person set active = false where username = 'rep'");
        assertThat(feeds.open(token)).isEmpty();
    }

    @Test
    void unknownOrMalformedTokensOpenNothing() {
        makeFeed("rep");
        assertThat(feeds.open(com.salespact.security.SecretTokens.newToken())).isEmpty();
        assertThat(feeds.open("")).isEmpty();
        assertThat(feeds.open(null)).isEmpty();
        assertThat(feeds.open("x".repeat(500))).isEmpty();
    }

    @Test
    void onlyAnAdminSeesAndRevokesOtherPeoplesFeeds() {
        String repToken = makeFeed("rep");
        makeFeed("manager");
        long repFeed = jdbc.queryForObject("select id from calendar_feed where person_id = ? and revoked_at is null",
                Long.class, company.personId("rep"));

        TestSupport.signIn(users, "manager");
        assertThatThrownBy(() -> feeds.all()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feeds.revoke(repFeed)).isInstanceOf(AccessDeniedException.class);
        assertThat(feeds.mine()).get().extracting(CalendarFeedInfo::personId)
                .isEqualTo(company.personId("manager"));
        TestSupport.signIn(users, "rep");
        assertThatThrownBy(() -> feeds.revoke(repFeed)).isInstanceOf(AccessDeniedException.class);
        assertThat(feeds.open(repToken)).as("still working").isPresent();

        TestSupport.signIn(users, "admin");
        assertThat(feeds.all()).extracting(CalendarFeedInfo::personName)
                .contains(company.fullName("rep"), company.fullName("manager"));
        feeds.revoke(repFeed);
        assertThat(feeds.open(repToken)).isEmpty();
        assertThat(jdbc.queryForObject("select revoked_by from calendar_feed where id = ?", Long.class, repFeed))
                .isEqualTo(company.personId("admin"));
    }

    @Test
    void nobodyMakesAFeedWithoutSigningIn() {
        assertThatThrownBy(() -> feeds.create()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> feeds.mine()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
