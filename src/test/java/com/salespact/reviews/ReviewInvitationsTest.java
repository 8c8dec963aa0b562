package com.salespact.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.KeptRows;
import com.salespact.SeededCompany;
import com.salespact.TestSupport;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Scheduling, moving and cancelling a review queues a calendar invitation for the rep and the manager (clock frozen
 * on Wednesday 2026-11-18): the outbox rows' calendars, read back with ical4j, carry one UID per review, a SEQUENCE
 * that grows with every change, the day as an all-day DTSTART, and METHOD CANCEL at the end.
 */
@SpringBootTest
@ActiveProfiles("test")
class ReviewInvitationsTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);

    @Autowired UserDetailsService users;
    @Autowired ReviewService reviews;
    @Autowired JdbcTemplate jdbc;
    @Autowired SeededCompany company;

    private KeptRows kept;

    @BeforeEach
    void keepReviewsAndOutbox() {
        kept = new KeptRows(jdbc).reviews().addedTo("outbox_message").addedTo("message_preference");
    }

    @AfterEach
    void cleanUp() {
        kept.restore();
        TestSupport.signOut();
    }

    private String emailOf(long personId) {
        return jdbc.queryForObject("select email from person where id = ?", String.class, personId);
    }

    /** The invitations queued for one change of the review, by recipient. */
    private List<Map<String, Object>> invitations(long reviewId, int sequence) {
        return jdbc.queryForList("select recipient_id, subject, calendar_text, calendar_method from outbox_message"
                + " where dedup_key like ? order by recipient_id", "invitation:review-" + reviewId + ":" + sequence + ":%");
    }

    private static VEvent event(Calendar calendar) {
        return calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
    }

    private static String value(Component component, String property) {
        return component.getProperty(property).map(Property::getValue).orElse(null);
    }

    private static String value(Calendar calendar, String property) {
        return calendar.getProperty(property).map(Property::getValue).orElse(null);
    }

    private static Calendar parsed(Object text) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader((String) text));
    }

    @Test
    void theRepAndTheManagerAreInvitedThenMovedThenCancelledUnderOneUid() throws Exception {
        long rep = company.personId("ohughes");
        TestSupport.signIn(users, "manager");
        ReviewRow scheduled = reviews.schedule(rep, ReviewKind.PIPELINE, TUESDAY);
        long manager = jdbc.queryForObject("select manager_id from review where id = ?", Long.class, scheduled.id());
        String uid = "review-" + scheduled.id() + "@localhost";

        List<Map<String, Object>> requests = invitations(scheduled.id(), 0);
        assertThat(requests).extracting(row -> ((Number) row.get("recipient_id")).longValue())
                .containsExactlyInAnyOrder(rep, manager);
        for (Map<String, Object> row : requests) {
            assertThat(row.get("calendar_method")).isEqualTo("REQUEST");
            Calendar calendar = parsed(row.get("calendar_text"));
            assertThat(value(calendar, Property.METHOD)).isEqualTo("REQUEST");
            VEvent event = event(calendar);
            assertThat(value(event, Property.UID)).isEqualTo(uid);
            assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
            Property start = event.getProperty(Property.DTSTART).orElseThrow();
            assertThat(start.getValue()).as("an all-day event on the review's day").isEqualTo("20261201");
            assertThat(start.getParameter(Parameter.VALUE).map(Parameter::getValue)).contains("DATE");
            assertThat(value(event, Property.DTEND)).isEqualTo("20261202");
            assertThat(value(event, Property.ORGANIZER)).isEqualToIgnoringCase("mailto:" + emailOf(manager));
            assertThat(event.<Property>getProperties(Property.ATTENDEE)).extracting(Property::getValue)
                    .map(String::toLowerCase).containsExactlyInAnyOrder(
                            ("mailto:" + emailOf(rep)).toLowerCase(), ("mailto:" + emailOf(manager)).toLowerCase());
            assertThat(value(event, Property.SUMMARY)).contains(company.fullName(rep));
        }

        reviews.reschedule(scheduled.id(), TUESDAY.plusDays(1));
        List<Map<String, Object>> moves = invitations(scheduled.id(), 1);
        assertThat(moves).hasSize(2);
        for (Map<String, Object> row : moves) {
            VEvent event = event(parsed(row.get("calendar_text")));
            assertThat(value(event, Property.UID)).as("the same meeting, moved").isEqualTo(uid);
            assertThat(value(event, Property.SEQUENCE)).isEqualTo("1");
            assertThat(value(event, Property.DTSTART)).isEqualTo("20261202");
        }

        reviews.cancel(scheduled.id());
        List<Map<String, Object>> cancellations = invitations(scheduled.id(), 2);
        assertThat(cancellations).hasSize(2);
        for (Map<String, Object> row : cancellations) {
            assertThat(row.get("calendar_method")).isEqualTo("CANCEL");
            Calendar calendar = parsed(row.get("calendar_text"));
            assertThat(value(calendar, Property.METHOD)).isEqualTo("CANCEL");
            assertThat(value(event(calendar), Property.UID)).isEqualTo(uid);
            assertThat(value(event(calendar), Property.STATUS)).isEqualTo("CANCELLED");
        }
        assertThat(jdbc.queryForObject("select calendar_sequence from review where id = ?", Integer.class,
                scheduled.id())).isEqualTo(2);
    }

    @Test
    void whoeverWantsThemInTheAppOnlyGetsNoInvitation() {
        long rep = company.personId("ohughes");
        jdbc.update("insert into message_preference (person_id, kind, delivery) values (?, 'REVIEW_INVITATION',"
                + " 'IN_APP')", rep);
        TestSupport.signIn(users, "manager");
        ReviewRow scheduled = reviews.schedule(rep, ReviewKind.PIPELINE, TUESDAY);
        assertThat(invitations(scheduled.id(), 0)).extracting(row -> ((Number) row.get("recipient_id")).longValue())
                .doesNotContain(rep).hasSize(1);
    }

    @Test
    void subjectAndTextAreInTheRecipientsLanguage() {
        long rep = company.personId("ohughes");
        String language = company.languageOf("ohughes");
        jdbc.update("update person set language = 'de' where id = ?", rep);
        try {
            TestSupport.signIn(users, "manager");
            ReviewRow scheduled = reviews.schedule(rep, ReviewKind.PIPELINE, TUESDAY);
            Map<String, Object> mail = jdbc.queryForMap("select subject, body_text, calendar_text from outbox_message"
                    + " where dedup_key = ?", "invitation:review-" + scheduled.id() + ":0:" + rep);
            assertThat((String) mail.get("subject")).startsWith("Einladung zum Review: Pipeline-Review");
            assertThat((String) mail.get("body_text")).contains("Dienstag, 1. Dezember 2026");
            assertThat((String) mail.get("calendar_text")).contains("SUMMARY:Pipeline-Review");
        } finally {
            jdbc.update("update person set language = ? where id = ?", language, rep);
        }
    }
}
