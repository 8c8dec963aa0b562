package com.salespact.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.SeededCompany;
import com.salespact.TestSupport;
import com.salespact.postgres.SecurityContextFollowsSpringContext;
import com.salespact.reviews.ReviewService;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * The calendar feed over real HTTP, as a calendar app fetches it: the app on its own in-memory database (the demo
 * company, clock frozen on Wednesday 2026-11-18, company zone Europe/Berlin), a JDK HttpClient without cookies, and
 * the answer parsed back with ical4j and checked field by field against the invitations the outbox holds.
 */
@ExtendWith(SecurityContextFollowsSpringContext.class) // own context: put the global strategy back for later tests
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:salespact-feed;DB_CLOSE_DELAY=-1",
        "salespact.clock.zone=Europe/Berlin",
        "salespact.base-url=https://salespact.example.com"})
@ActiveProfiles("test")
class CalendarFeedHttpTest {

    private static final String HOST = "@salespact.example.com";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

    @Autowired CalendarFeedService feeds;
    @Autowired ReviewService reviews;
    @Autowired UserDetailsService users;
    @Autowired SeededCompany company;
    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void restore() {
        jdbc.update("update person set active = true where username in ('rep', 'manager')");
        TestSupport.signOut();
    }

    /** The person's new feed address, as the local server's path. */
    private String feedOf(String username) {
        TestSupport.signIn(users, username);
        String url = feeds.create();
        TestSupport.signOut();
        assertThat(url).startsWith("https://salespact.example.com/calendar/").endsWith(".ics");
        return "http://localhost:" + port + URI.create(url).getPath();
    }

    private HttpResponse<String> get(String url, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private Calendar fetched(String url) throws Exception {
        HttpResponse<String> response = get(url);
        assertThat(response.statusCode()).isEqualTo(200);
        return new CalendarBuilder().build(new StringReader(response.body()));
    }

    private static String value(Component component, String name) {
        return component.getProperty(name).map(Property::getValue).orElse(null);
    }

    private static String value(Calendar calendar, String name) {
        return calendar.getProperty(name).map(Property::getValue).orElse(null);
    }

    private static Optional<VEvent> event(Calendar calendar, String uid) {
        return calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .filter(event -> uid.equals(value(event, Property.UID))).findFirst();
    }

    private static void allDayOn(VEvent event, LocalDate day) {
        Property start = event.getProperty(Property.DTSTART).orElseThrow();
        assertThat(start.getValue()).isEqualTo(DAY.format(day));
        assertThat(start.getParameter(Parameter.VALUE).map(Parameter::getValue)).contains("DATE");
        assertThat(start.getParameter(Parameter.TZID)).isEmpty();
    }

    /** The invitation mailed to a person for a review's change, parsed back. */
    private VEvent invitation(long reviewId, int sequence, long personId) throws Exception {
        String text = jdbc.queryForObject("select calendar_text from outbox_message where dedup_key = ?",
                String.class, "invitation:review-" + reviewId + ":" + sequence + ":" + personId);
        return new CalendarBuilder().build(new StringReader(text)).<VEvent>getComponent(Component.VEVENT).orElseThrow();
    }

    @Test
    void aRepsFeedHoldsEachReviewUnderTheInvitationsUidAndSequence() throws Exception {
        long rep = company.personId("rep");
        String url = feedOf("rep");

        HttpResponse<String> response = get(url);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .isEqualToIgnoringCase("text/calendar;charset=UTF-8");
        assertThat(response.headers().firstValue("Cache-Control")).get().asString()
                .contains("private").contains("max-age=900");
        assertThat(response.headers().firstValue("ETag")).isPresent();
        assertThat(response.headers().firstValue("Set-Cookie")).as("no session").isEmpty();
        Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
        assertThat(value(calendar, Property.METHOD)).isEqualTo("PUBLISH");
        assertThat(value(calendar, Property.PRODID)).isEqualTo("-//SalesPact//Meetings//EN");
        assertThat(value(calendar, Property.VERSION)).isEqualTo("2.0");
        assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo("SalesPact: " + company.fullName("rep"));
        assertThat(value(calendar.getComponent(Component.VTIMEZONE).orElseThrow(), Property.TZID))
                .isEqualTo("Europe/Berlin");

        // Every review of the rep in the window, with the review's SEQUENCE, all-day on its day.
        List<Map<String, Object>> rows = jdbc.queryForList("select id, scheduled_for, calendar_sequence, status "
                + "from review where rep_id = ? and scheduled_for between ? and ?", rep, TODAY.minusDays(90),
                TODAY.plusDays(365));
        assertThat(rows).isNotEmpty();
        for (Map<String, Object> row : rows) {
            VEvent event = event(calendar, "review-" + row.get("id") + HOST).orElseThrow();
            assertThat(value(event, Property.SEQUENCE)).isEqualTo(String.valueOf(row.get("calendar_sequence")));
            allDayOn(event, ((java.sql.Date) row.get("scheduled_for")).toLocalDate());
        }
        long reviewEvents = calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .filter(event -> value(event, Property.UID).startsWith("review-")).count();
        assertThat(reviewEvents).as("nobody else's reviews").isEqualTo(rows.size());

        // Moved: the invitation and the feed name the same event, the same SEQUENCE, the same day and title.
        long open = jdbc.queryForObject("select min(id) from review where rep_id = ? and status in "
                + "('SCHEDULED', 'PREPARED') and scheduled_for >= ?", Long.class, rep, TODAY);
        int sequence = jdbc.queryForObject("select calendar_sequence from review where id = ?", Integer.class, open);
        TestSupport.signIn(users, "manager");
        reviews.reschedule(open, LocalDate.of(2026, 12, 3));
        VEvent mailed = invitation(open, sequence + 1, rep);
        VEvent listed = event(fetched(url), "review-" + open + HOST).orElseThrow();
        assertThat(value(listed, Property.UID)).isEqualTo(value(mailed, Property.UID));
        assertThat(value(listed, Property.SEQUENCE)).isEqualTo(value(mailed, Property.SEQUENCE))
                .isEqualTo(String.valueOf(sequence + 1));
        assertThat(value(listed, Property.SUMMARY)).isEqualTo(value(mailed, Property.SUMMARY));
        allDayOn(listed, LocalDate.of(2026, 12, 3));
        allDayOn(mailed, LocalDate.of(2026, 12, 3));
        assertThat(value(listed, Property.STATUS)).isEqualTo("CONFIRMED");

        // Cancelled: kept in the feed as CANCELLED with the CANCEL's SEQUENCE, so calendars drop the meeting.
        reviews.cancel(open);
        VEvent cancel = invitation(open, sequence + 2, rep);
        VEvent gone = event(fetched(url), "review-" + open + HOST).orElseThrow();
        assertThat(value(gone, Property.STATUS)).isEqualTo("CANCELLED").isEqualTo(value(cancel, Property.STATUS));
        assertThat(value(gone, Property.SEQUENCE)).isEqualTo(value(cancel, Property.SEQUENCE));

        // The rep's pact dates: all-day, theirs alone.
        List<VEvent> pactDates = calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .filter(event -> value(event, Property.UID).startsWith("pact-")).toList();
        assertThat(pactDates).isNotEmpty().allSatisfy(event -> {
            assertThat(value(event, Property.SUMMARY)).contains(company.fullName("rep"));
            assertThat(event.getProperty(Property.DTSTART).orElseThrow().getParameter(Parameter.VALUE)
                    .map(Parameter::getValue)).contains("DATE");
        });
    }

    @Test
    void aManagerSeesTheTeamsPactDatesUnderTheSameUidsAsTheReps() throws Exception {
        Calendar managers = fetched(feedOf("manager"));
        Calendar reps = fetched(feedOf("rep"));

        Set<String> named = new HashSet<>();
        List<String> team = company.activeRepNamesOf(company.teamManagedBy("manager"));
        managers.<VEvent>getComponents(Component.VEVENT).stream()
                .filter(event -> value(event, Property.UID).startsWith("pact-"))
                .forEach(event -> named.add(team.stream().filter(value(event, Property.SUMMARY)::contains)
                        .findFirst().orElse("not in the team: " + value(event, Property.SUMMARY))));
        assertThat(named).hasSizeGreaterThan(1);
        assertThat(team).containsAll(named);
        Set<String> repPactUids = new HashSet<>();
        reps.<VEvent>getComponents(Component.VEVENT).stream().map(event -> value(event, Property.UID))
                .filter(uid -> uid.startsWith("pact-")).forEach(repPactUids::add);
        assertThat(repPactUids).isNotEmpty().allSatisfy(uid -> {
            VEvent inManagers = event(managers, uid).orElseThrow();
            assertThat(value(inManagers, Property.SEQUENCE)).isEqualTo(value(event(reps, uid).orElseThrow(),
                    Property.SEQUENCE));
        });
    }

    @Test
    void revokedReplacedUnknownOrDeactivatedAnswer404AtOnceAndAnUnchangedFeed304() throws Exception {
        String first = feedOf("rep");
        HttpResponse<String> ok = get(first);
        String etag = ok.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> unchanged = get(first, "If-None-Match", etag);
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        assertThat(get(first, "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);

        String second = feedOf("rep");
        assertThat(get(first).statusCode()).as("replaced").isEqualTo(404);
        assertThat(get(second).statusCode()).isEqualTo(200);

        jdbc.update("update person set active = false where username = 'rep'");
        HttpResponse<String> deactivated = get(second);
        assertThat(deactivated.statusCode()).isEqualTo(404);
        assertThat(deactivated.body()).as("nothing said about why").isEmpty();
        jdbc.update("update person set active = true where username = 'rep'");
        assertThat(get(second).statusCode()).isEqualTo(200);

        TestSupport.signIn(users, "rep");
        feeds.revokeMine();
        HttpResponse<String> revoked = get(second);
        assertThat(revoked.statusCode()).as("revoked, at once").isEqualTo(404);
        assertThat(revoked.body()).isEmpty();
        assertThat(get("http://localhost:" + port + "/calendar/" + com.salespact.security.SecretTokens.newToken()
                + ".ics").statusCode()).isEqualTo(404);
    }
}
