package com.salespact.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.KeptRows;
import com.salespact.SeededCompany;
import com.salespact.TestSupport;
import com.salespact.base.Formats;
import com.salespact.digest.query.DigestQuery;
import com.salespact.messaging.ComposedMail;
import com.salespact.messaging.FramedMails;
import com.salespact.messaging.PreferenceService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The weekly digest on the demo company, clock frozen on Wednesday 18 Nov 2026 (UTC): this week's digest (W47) looks
 * back on W46, 9–15 Nov. Figures are checked against the rows themselves, counted here in SQL.
 */
@SpringBootTest
@ActiveProfiles("test")
class DigestServiceTest {

    private static final DigestWeek W47 = DigestWeek.of(LocalDate.of(2026, 11, 18));
    private static final LocalDate FROM = LocalDate.of(2026, 11, 9);
    private static final LocalDate TO = LocalDate.of(2026, 11, 15);
    private static final Formats ENGLISH = Formats.of(Locale.forLanguageTag("en-GB"), "EUR");

    @Autowired DigestService digests;
    @Autowired DigestJob job;
    @Autowired DigestQuery query;
    @Autowired DigestComposer composer;
    @Autowired FramedMails mails;
    @Autowired DigestSettings settings;
    @Autowired PreferenceService preferences;
    @Autowired PlatformTransactionManager transactions;
    @Autowired UserDetailsService users;
    @Autowired SeededCompany company;
    @Autowired JdbcTemplate jdbc;
    private KeptRows kept;

    @BeforeEach
    void setUp() {
        kept = new KeptRows(jdbc).keep("person", "username in ('rep', 'manager', 'lkim')");
        cleanUp();
    }

    @AfterEach
    void tearDown() {
        TestSupport.signOut();
        cleanUp();
        kept.restore();
    }

    private void cleanUp() {
        jdbc.update("delete from outbox_message");
        jdbc.update("delete from message_preference");
    }

    private ComposedMail preview(String caller, String whose) {
        TestSupport.signIn(users, caller);
        return digests.preview(company.personId(whose), W47).orElseThrow();
    }

    private long signedVersion(long repId) {
        return jdbc.queryForObject("""
                select pv.id from pact_version pv join pact p on p.id = pv.pact_id
                where p.rep_id = ? and pv.status = 'SIGNED' and pv.valid_from <= ? and pv.valid_until >= ?""",
                Long.class, repId, TO, TO);
    }

    private BigDecimal won(long repId, LocalDate from, LocalDate to) {
        return jdbc.queryForObject("select coalesce(sum(amount), 0) from deal where owner_id = ? and stage = 'WON'"
                + " and closed_on between ? and ?", BigDecimal.class, repId, from, to);
    }

    private int activities(long repId, String kind) {
        return jdbc.queryForObject("select count(*) from activity where rep_id = ? and kind = ?"
                + " and activity_date between ? and ?", Integer.class, repId, kind, FROM, TO);
    }

    private int weeklyMinimum(long versionId, String metric) {
        return jdbc.queryForObject("select minimum from mas_line where pact_version_id = ? and metric = ?"
                + " and per_period = 'WEEK'", BigDecimal.class, versionId, metric).intValueExact();
    }

    @Test
    void aRepsDigestIsLastWeekAgainstThePactInForceWithLinksToEachScreen() {
        long rep = company.personId("rep");
        long version = signedVersion(rep);
        ComposedMail mail = preview("rep", "rep");

        assertThat(mail.subject()).isEqualTo("Your week W46 against your pact");
        assertThat(mail.text()).contains("Hello Ravi Patel,",
                "Your week W46 (9 Nov 2026 – 15 Nov 2026) against sales pact version ");
        String weekWon = ENGLISH.money(won(rep, FROM, TO));
        assertThat(mail.text()).contains("- Last week · " + weekWon + " · ");
        // The pact's period is the fiscal year 2026: won from its first day to the end of last week.
        assertThat(mail.text()).contains("- Pact period so far (1 Jan 2026 – 31 Dec 2026) · "
                + ENGLISH.money(won(rep, LocalDate.of(2026, 1, 1), TO)) + " · ");
        int calls = activities(rep, "CALL");
        int minimum = weeklyMinimum(version, "CALLS");
        assertThat(mail.text()).contains("- Calls · " + calls + " · " + minimum + " · "
                + (calls >= minimum ? "Met" : "Missed") + "\n  http://localhost:8080/activities?rep=" + rep);
        int meetings = activities(rep, "MEETING");
        assertThat(mail.text()).contains("- Meetings · " + meetings + " · " + weeklyMinimum(version, "MEETINGS"));

        int held = jdbc.queryForObject("""
                select count(*) from review where rep_id = ? and kind = 'WEEKLY_ONE_ON_ONE' and status = 'HELD'
                and held_at >= ? and held_at < ?""", Integer.class, rep, FROM.atStartOfDay(),
                TO.plusDays(1).atStartOfDay());
        assertThat(mail.text()).contains("- Weekly 1:1, 30 minutes, prepared from facts · " + held + " of 1 · "
                + (held >= 1 ? "Kept" : "Not kept") + "\n  http://localhost:8080/pacts/" + version + "/review");

        long next = jdbc.queryForObject("""
                select id from review where rep_id = ? and kind = 'WEEKLY_ONE_ON_ONE' and status = 'SCHEDULED'
                order by scheduled_for fetch first 1 rows only""", Long.class, rep);
        assertThat(mail.text()).contains("Your next 1:1\n- On Fri, 20 Nov 2026\n  http://localhost:8080/reviews/" + next);
        int open = jdbc.queryForObject("select count(*) from action_item where rep_id = ? and done_at is null",
                Integer.class, rep);
        assertThat(mail.text().split("\n- ")).as("one line per open action among the others").hasSizeGreaterThan(open);
        assertThat(mail.html()).contains("href=\"http://localhost:8080/pacts/" + version + "/review\"",
                "href=\"http://localhost:8080/digest?person=" + rep + "&amp;week=2026-W47\"",
                "/mail/unsubscribe?t=" + rep + ".WEEKLY_DIGEST.").doesNotContain("<script");
    }

    @Test
    void aManagersDigestIsTheTeamInOneTableAndTheirOwnCommitments() {
        ComposedMail repMail = preview("rep", "rep");
        String repPace = repMail.text().lines().filter(line -> line.startsWith("- Pact period so far")).findFirst()
                .orElseThrow().replaceAll(".* · (\\S+ · \\d+%)$", "$1");
        long misses = repMail.text().lines().filter(line -> line.endsWith(" · Missed")).count();

        ComposedMail mail = preview("manager", "manager");
        assertThat(mail.subject()).isEqualTo("Your team's week W46");
        long rep = company.personId("rep");
        assertThat(mail.text()).contains("- Ravi Patel · " + repPace + " · " + misses + " · — · Signed\n"
                + "  http://localhost:8080/pacts/" + signedVersion(rep) + "/review");
        // Every active rep of the team has a row; those without a pact read "No pact" and lead to the pact list.
        for (String name : company.activeRepNamesOf(company.teamManagedBy("manager"))) {
            assertThat(mail.text()).contains("- " + name + " · ");
        }
        assertThat(mail.text()).containsPattern("- [^\\n]+ · — · \\d+ · — · No pact\n  http://localhost:8080/pacts\n");

        long emma = company.personId("elarsen");
        int held = jdbc.queryForObject("""
                select count(*) from review where rep_id = ? and kind = 'WEEKLY_ONE_ON_ONE' and status = 'HELD'
                and held_at >= ? and held_at < ?""", Integer.class, emma, FROM.atStartOfDay(),
                TO.plusDays(1).atStartOfDay());
        assertThat(mail.text()).contains("Your commitments to your team last week\n- Emma Larsen · Weekly 1:1, "
                + "30 minutes, prepared from facts · " + held + " of 1 · " + (held >= 1 ? "Kept" : "Not kept"));
    }

    @Test
    void aGermanRecipientGetsItInGermanWhoeverPreviewsIt() {
        jdbc.update("update person set language = 'de' where username = 'rep'");
        ComposedMail mail = preview("manager", "rep");
        long rep = company.personId("rep");
        Formats german = Formats.of(Locale.GERMAN, "EUR");
        assertThat(mail.subject()).isEqualTo("Ihre KW 46 gemessen an Ihrer Vereinbarung");
        assertThat(mail.text()).contains("Guten Tag Ravi Patel,", "Umsatz gemessen am Ziel Ihrer Vereinbarung",
                "- Letzte Woche · " + german.money(won(rep, FROM, TO)) + " · ", "Ihre Mindeststandards letzte Woche",
                "- Anrufe · ");
        assertThat(mail.html()).contains("lang=\"de\"", "Zusagen Ihres Managers letzte Woche");
    }

    @Test
    void aRepPreviewsOnlyTheirOwnAndAManagerOnlyTheirTeam() {
        TestSupport.signIn(users, "rep");
        assertThat(digests.previewable()).extracting(DigestService.DigestPerson::fullName).containsExactly("Ravi Patel");
        assertThatThrownBy(() -> digests.preview(company.personId("lkim"), W47))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> digests.preview(company.personId("manager"), W47))
                .isInstanceOf(AccessDeniedException.class);

        TestSupport.signIn(users, "manager");
        assertThat(digests.preview(company.personId("lkim"), W47)).isPresent();
        String southRep = company.activeRepUsernamesOf(company.teamManagedBy("sofia")).getFirst();
        assertThatThrownBy(() -> digests.preview(company.personId(southRep), W47))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> digests.preview(company.personId("sofia"), W47))
                .isInstanceOf(AccessDeniedException.class);

        TestSupport.signIn(users, "admin");
        assertThat(digests.preview(company.personId("admin"), W47)).as("admins without a team get none").isEmpty();
    }

    private int queued(String username) {
        return jdbc.queryForObject("select count(*) from outbox_message where dedup_key = ?", Integer.class,
                W47.dedupKey(company.personId(username)));
    }

    @Test
    void theJobQueuesOneDigestPerPersonAndWeekHoweverOftenItRuns() {
        jdbc.update("update person set active = false where username = 'lkim'");
        int people = jdbc.queryForObject("select count(*) from person where active = true and email is not null"
                + " and (role = 'REP' or role = 'MANAGER' and exists (select 1 from team t where t.manager_id = person.id))",
                Integer.class);

        assertThat(job.queue(W47)).isEqualTo(people);
        assertThat(job.queue(W47)).as("a rerun, a restart or a second node").isZero();

        assertThat(queued("rep")).isEqualTo(1);
        assertThat(queued("manager")).isEqualTo(1);
        assertThat(queued("lkim")).as("deactivated").isZero();
        assertThat(queued("admin")).as("admins without a team").isZero();
        assertThat(jdbc.queryForObject("select kind from outbox_message where dedup_key = ?", String.class,
                "digest:" + company.personId("rep") + ":2026-W47")).isEqualTo("WEEKLY_DIGEST");
    }

    @Test
    void theOneClickUnsubscribeSwitchesTheDigestOff() {
        ComposedMail mail = preview("rep", "rep");
        TestSupport.signOut();
        String token = mail.unsubscribeUrl().substring(mail.unsubscribeUrl().indexOf("t=") + 2);
        assertThat(preferences.unsubscribe(token)).isPresent();

        job.queue(W47);
        assertThat(queued("rep")).isZero();
        assertThat(queued("manager")).isEqualTo(1);
    }

    /** A job on its own clock, in a given zone, as the app's would be with {@code salespact.clock.zone}. */
    private DigestJob jobAt(String instant, String zone) {
        return new DigestJob(query, composer, mails, settings, transactions,
                Clock.fixed(Instant.parse(instant), ZoneId.of(zone)));
    }

    @Test
    void theJobGoesOnMondayFromSevenInTheCompanysZone() {
        // 06:30 UTC on Monday 23 Nov is 07:30 in Berlin: due. 05:30 UTC is 06:30 there: not yet.
        assertThat(jobAt("2026-11-23T05:30:00Z", "Europe/Berlin").queueDue()).isZero();
        // 22:30 UTC on Sunday is already Monday 07:30 in Tokyo: due there, not in Berlin (Sunday 23:30).
        assertThat(jobAt("2026-11-22T22:30:00Z", "Europe/Berlin").queueDue()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from outbox_message", Integer.class)).isZero();

        assertThat(jobAt("2026-11-22T22:30:00Z", "Asia/Tokyo").queueDue()).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where dedup_key = ?", Integer.class,
                "digest:" + company.personId("rep") + ":2026-W48")).isEqualTo(1);
        assertThat(jobAt("2026-11-23T06:30:00Z", "Europe/Berlin").queueDue()).as("same ISO week: queued once").isZero();
        // Tuesday in Tokyo: a missed Monday is not made up.
        assertThat(jobAt("2026-11-23T22:30:00Z", "Asia/Tokyo").queueDue()).isZero();
    }

    @Test
    void theDigestDayAndTimeAreSettings() {
        DigestSettings friday = new DigestSettings(true, java.time.DayOfWeek.FRIDAY, java.time.LocalTime.of(16, 0));
        assertThat(DigestWeek.due(java.time.LocalDateTime.of(2026, 11, 20, 16, 0), friday)).isTrue();
        assertThat(DigestWeek.due(java.time.LocalDateTime.of(2026, 11, 20, 15, 59), friday)).isFalse();
        assertThat(DigestWeek.due(java.time.LocalDateTime.of(2026, 11, 23, 8, 0), friday)).isFalse();
        assertThat(DigestWeek.due(java.time.LocalDateTime.of(2026, 11, 23, 8, 0), new DigestSettings(false, null, null)))
                .as("switched off").isFalse();
        assertThat(DigestWeek.due(java.time.LocalDateTime.of(2026, 11, 23, 7, 0), new DigestSettings(null, null, null)))
                .as("Monday 07:00 by default").isTrue();
        assertThat(DigestWeek.parse("2026-W01")).contains(DigestWeek.of(LocalDate.of(2025, 12, 29)));
        assertThat(DigestWeek.parse("2026-W99")).isEmpty();
        assertThat(W47.covered().start()).isEqualTo(FROM);
    }
}
