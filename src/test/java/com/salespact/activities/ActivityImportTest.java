package com.salespact.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.TestSupport;
import com.salespact.activities.query.ScoreLine;
import com.salespact.activities.query.ScorecardQuery;
import com.salespact.base.DateRange;
import com.salespact.deals.csv.CsvError;
import com.salespact.deals.csv.CsvImportService;
import com.salespact.deals.csv.CsvKind;
import com.salespact.deals.csv.CsvProgress;
import com.salespact.deals.csv.CsvRejectedException;
import com.salespact.deals.csv.ImportDraft;
import com.salespact.deals.csv.ImportField;
import com.salespact.deals.csv.ImportLayout;
import com.salespact.deals.csv.ImportPreview;
import com.salespact.deals.csv.ImportResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 18, point 1: calls and meetings exported from Salesforce, HubSpot and Pipedrive (files under import/, with
 * a BOM, CRLF, a line break inside a subject, non-ASCII names) map themselves as activities, import with their rep,
 * account and deal, count in the week of their own date, and import again with no change. Signed in as the North
 * manager (reps Ravi Patel = rep, Lena Kim = lkim); time frozen on Wednesday 2026-11-18.
 */
@SpringBootTest
@ActiveProfiles("test")
class ActivityImportTest {

    @Autowired CsvImportService imports;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired ScorecardQuery scorecards;

    @BeforeEach
    void accounts() {
        cleanUp();
        insertAccountsAndDeal(jdbc);
    }

    /** Three accounts of the North team (Kühne: rep; Østergaard, Société Lumière: lkim) and a deal on Kühne. */
    static void insertAccountsAndDeal(JdbcTemplate jdbc) {
        OffsetDateTime at = OffsetDateTime.parse("2026-01-05T09:00:00Z");
        jdbc.update("""
                insert into account (external_id, name, owner_id, account_class, business_type, created_at)
                values ('XA-1', 'Kühne Logistik AG', (select id from person where username = 'rep'), 'A', 'NEW', ?),
                       ('XA-2', 'Østergaard Marine', (select id from person where username = 'lkim'), 'B', 'NEW', ?),
                       ('XA-3', 'Société Lumière', (select id from person where username = 'lkim'), 'C', 'NEW', ?)""",
                at, at, at);
        jdbc.update("""
                insert into deal (external_id, name, account_id, owner_id, amount, gross_profit, stage,
                                  forecast_category, expected_close_date, stage_entered_at, created_at, opened_on)
                values ('XD-1', 'Kühne fleet 2027', (select id from account where external_id = 'XA-1'),
                        (select id from person where username = 'rep'), 10, 1, 'PROSPECT', 'PIPELINE',
                        date '2026-12-15', ?, ?, date '2026-01-05')""", at, at);
    }

    @AfterEach
    void cleanUp() {
        TestSupport.signOut();
        deleteImported(jdbc);
    }

    static void deleteImported(JdbcTemplate jdbc) {
        jdbc.update("delete from activity where external_id like 'SF-%' or external_id like 'HS-%' "
                + "or external_id like 'PD-%'");
        jdbc.update("delete from stage_change where deal_id in (select id from deal where external_id like 'XD-%')");
        jdbc.update("delete from deal where external_id like 'XD-%'");
        jdbc.update("delete from account where external_id like 'XA-%'");
        jdbc.update("delete from import_mapping");
    }

    private static byte[] file(String name) {
        try (InputStream in = ActivityImportTest.class.getResourceAsStream("/import/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private ImportDraft analyse(String name) {
        return imports.analyse(CsvKind.DEALS, name, file(name), CsvProgress.none());
    }

    private ImportResult importClean(ImportDraft draft) {
        ImportPreview preview = imports.preview(draft, draft.mapping(), CsvProgress.none());
        assertThat(preview.rows().errors()).isEmpty();
        return imports.commit(preview, CsvProgress.none());
    }

    private Map<String, Object> activity(String externalId) {
        return jdbc.queryForMap("""
                select x.kind, x.activity_date, x.note, p.username as rep, a.name as account, d.name as deal
                from activity x join person p on p.id = x.rep_id left join account a on a.id = x.account_id
                left join deal d on d.id = x.deal_id where x.external_id = ?""", externalId);
    }

    private void assertReimportChangesNothing(String name) {
        ImportDraft again = analyse(name);
        assertThat(again.savedMapping()).isEqualTo(name);
        ImportPreview preview = imports.preview(again, again.mapping(), CsvProgress.none());
        assertThat(preview.rows().errors()).isEmpty();
        assertThat(preview.rows().toCreate()).isZero();
        assertThat(preview.rows().toUpdate()).isZero();
        assertThat(preview.rows().unchanged()).isEqualTo(preview.rows().rows().size());
        assertThat(preview.canCommit()).isFalse();
    }

    private int count(String rep, ScoreLine.Metric metric, LocalDate monday) {
        long id = jdbc.queryForObject("select id from person where username = ?", Long.class, rep);
        return scorecards.rep(id, new DateRange(monday, monday.plusDays(6)), LocalDate.of(2026, 11, 18)).lines()
                .stream().filter(line -> line.metric() == metric).findFirst().orElseThrow().actual();
    }

    @Test
    void aSalesforceActivityReportImportsAndCountsEachActivityInTheWeekOfItsOwnDate() {
        TestSupport.signIn(users, "manager");
        LocalDate thisWeek = LocalDate.of(2026, 11, 16);
        LocalDate longAgo = LocalDate.of(2025, 3, 10);
        int callsNow = count("rep", ScoreLine.Metric.CALLS, thisWeek);
        int callsThen = count("rep", ScoreLine.Metric.CALLS, longAgo);
        int meetingsNow = count("lkim", ScoreLine.Metric.MEETINGS, thisWeek);
        ImportDraft draft = analyse("salesforce-activities.csv");

        assertThat(draft.table().charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(draft.mapping().layout()).isEqualTo(ImportLayout.SALESFORCE);
        assertThat(draft.mapping().kind()).isEqualTo(CsvKind.ACTIVITIES);
        assertThat(draft.mapping().fields()).containsExactly(ImportField.NOTE, ImportField.ACTIVITY_KIND,
                ImportField.ACTIVITY_DATE, ImportField.OWNER, ImportField.ACCOUNT_NAME, ImportField.EXTERNAL_ID);
        assertThat(draft.asksDateOrder(draft.mapping())).as("11/16/2026 decides month first").isFalse();
        assertThat(draft.mapping().owners()).containsEntry("Ravi Patel", "rep").containsEntry("Lena Kim", "lkim")
                .containsEntry("lena.kim@salespact.example", "lkim");

        ImportResult result = importClean(draft);

        assertThat(result.rows().created()).isEqualTo(4);
        assertThat(result.accountsCreated()).isZero();
        assertThat(activity("SF-00T5g00000ACT001")).containsEntry("KIND", "CALL").containsEntry("REP", "rep")
                .containsEntry("ACTIVITY_DATE", Date.valueOf(LocalDate.of(2026, 11, 16)))
                .containsEntry("ACCOUNT", "Kühne Logistik AG").containsEntry("NOTE", "Call about renewal");
        assertThat(activity("SF-00T5g00000ACT002")).containsEntry("KIND", "MEETING").containsEntry("REP", "lkim")
                .containsEntry("NOTE", "Quarterly review\r\nwith the CFO").containsEntry("ACCOUNT", "Østergaard Marine");
        assertThat(activity("SF-00T5g00000ACT003")).as("history older than a year is kept")
                .containsEntry("ACTIVITY_DATE", Date.valueOf(longAgo));
        assertThat(activity("SF-00T5g00000ACT004")).containsEntry("REP", "lkim")
                .containsEntry("ACCOUNT", "Société Lumière").containsEntry("NOTE", "Démo für Société Lumière");

        assertThat(count("rep", ScoreLine.Metric.CALLS, thisWeek)).as("only the call of 16 Nov").isEqualTo(callsNow + 1);
        assertThat(count("rep", ScoreLine.Metric.CALLS, longAgo)).isEqualTo(callsThen + 1);
        assertThat(count("lkim", ScoreLine.Metric.MEETINGS, thisWeek)).as("28 Oct and 2 Nov are other weeks")
                .isEqualTo(meetingsNow);

        assertReimportChangesNothing("salesforce-activities.csv");
    }

    @Test
    void aHubSpotCallsAndMeetingsExportImportsWithOwnersByMailAndAgainWithNoChange() {
        TestSupport.signIn(users, "manager");
        ImportDraft draft = analyse("hubspot-activities.csv");

        assertThat(draft.mapping().layout()).isEqualTo(ImportLayout.HUBSPOT);
        assertThat(draft.mapping().kind()).isEqualTo(CsvKind.ACTIVITIES);
        assertThat(draft.sample(draft.mapping(), 1).getFirst()).containsEntry("kind", "CALL")
                .containsEntry("date", "2026-11-10").containsEntry("external_id", "HS-7001001");

        ImportResult result = importClean(draft);

        assertThat(result.rows().created()).isEqualTo(3);
        assertThat(activity("HS-7001002")).containsEntry("KIND", "MEETING").containsEntry("REP", "lkim")
                .containsEntry("NOTE", "Workshop, on site\nwith the plant manager")
                .containsEntry("ACTIVITY_DATE", Date.valueOf(LocalDate.of(2026, 11, 12)));
        assertThat(activity("HS-7001003")).containsEntry("ACCOUNT", null).containsEntry("NOTE", "Cold call to Zoë");

        assertReimportChangesNothing("hubspot-activities.csv");
    }

    @Test
    void aPipedriveActivitiesExportLinksDealsByNameAndItsAccount() {
        TestSupport.signIn(users, "manager");
        ImportDraft draft = analyse("pipedrive-activities.csv");

        assertThat(draft.mapping().layout()).isEqualTo(ImportLayout.PIPEDRIVE);
        assertThat(draft.mapping().kind()).isEqualTo(CsvKind.ACTIVITIES);
        assertThat(draft.mapping().field(6)).isEqualTo(ImportField.DEAL_NAME);

        ImportResult result = importClean(draft);

        assertThat(result.rows().created()).isEqualTo(3);
        assertThat(activity("PD-501")).containsEntry("KIND", "CALL").containsEntry("DEAL", "Kühne fleet 2027")
                .containsEntry("NOTE", "Call Jürgen");
        assertThat(activity("PD-502")).as("a lunch is a meeting").containsEntry("KIND", "MEETING")
                .containsEntry("DEAL", null).containsEntry("NOTE", "Lunch with Åsa");
        assertThat(activity("PD-503")).as("the deal links its account")
                .containsEntry("ACCOUNT", "Kühne Logistik AG").containsEntry("DEAL", "Kühne fleet 2027")
                .containsEntry("NOTE", "Angebot besprechen\r\nTeil 2; mit Einkauf");

        assertReimportChangesNothing("pipedrive-activities.csv");
    }

    @Test
    void aChangedActivityInALaterExportUpdatesTheSameRow() {
        TestSupport.signIn(users, "manager");
        importClean(analyse("pipedrive-activities.csv"));
        String later = new String(file("pipedrive-activities.csv"), StandardCharsets.UTF_8)
                .replace("501;Call Jürgen;call;2026-11-03", "501;Call Jürgen;meeting;2026-11-04");
        ImportDraft draft = imports.analyse(CsvKind.DEALS, "pipedrive-activities.csv",
                later.getBytes(StandardCharsets.UTF_8), CsvProgress.none());

        ImportResult result = importClean(draft);

        assertThat(result.rows().created()).isZero();
        assertThat(result.rows().updated()).isEqualTo(1);
        assertThat(activity("PD-501")).containsEntry("KIND", "MEETING")
                .containsEntry("ACTIVITY_DATE", Date.valueOf(LocalDate.of(2026, 11, 4)));
        assertThat(jdbc.queryForObject("select count(*) from activity where external_id = 'PD-501'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void oneBadLineWritesNothing() {
        TestSupport.signIn(users, "manager");
        String text = "Activity - ID;Activity - Subject;Activity - Type;Activity - Due date;"
                + "Activity - Assigned to user;Activity - Organization\n"
                + "601;Good call;call;2026-11-03;Ravi Patel;Kühne Logistik AG\n"
                + "602;An e-mail;email;2026-11-03;Ravi Patel;Kühne Logistik AG\n"
                + "603;Planned;meeting;2026-12-01;Ravi Patel;Kühne Logistik AG\n"
                + "604;Unknown org;call;2026-11-03;Ravi Patel;Nobody Ltd\n";
        ImportDraft draft = imports.analyse(CsvKind.DEALS, "bad.csv", text.getBytes(StandardCharsets.UTF_8),
                CsvProgress.none());
        assertThat(draft.mapping().activityType("email")).as("an e-mail is none of our kinds").isNull();
        assertThat(draft.mapping().activityType("meeting")).isEqualTo("MEETING");
        ImportPreview preview = imports.preview(draft, draft.mapping(), CsvProgress.none());

        assertThat(preview.rows().errors()).extracting(CsvError::message).containsExactly(
                "line 3: activity type \"email\": not one SalesPact counts (calls, meetings, prospecting, "
                        + "proposals); choose one in the mapping step or leave such rows out of the export",
                "line 4: date 2026-12-01 is in the future: an activity counts once it is done",
                "line 5: account \"Nobody Ltd\": no account of that id or name in your team; "
                        + "import the accounts first or tick \"Create missing accounts\"");
        assertThat(preview.rows().toCreate()).isEqualTo(1);
        assertThatThrownBy(() -> imports.commit(preview, CsvProgress.none()))
                .isInstanceOf(CsvRejectedException.class);
        assertThat(jdbc.queryForObject("select count(*) from activity where external_id like 'PD-6%'",
                Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from import_mapping", Integer.class)).isZero();

        // Chosen by hand in the mapping step, the e-mail counts as prospecting and its row is clean.
        ImportPreview chosen = imports.preview(draft, draft.mapping().withActivityType("email", "PROSPECTING"),
                CsvProgress.none());
        assertThat(chosen.rows().rows().get(1).errors()).isEmpty();
        assertThat(chosen.rows().rows().get(1).value("kind")).isEqualTo("PROSPECTING");
    }

    @Test
    void accountsThatDoNotExistYetAreCreatedFirstWhenTheUserAgrees() {
        TestSupport.signIn(users, "manager");
        String text = "Activity - ID;Activity - Subject;Activity - Type;Activity - Due date;"
                + "Activity - Assigned to user;Activity - Organization\n"
                + "701;First call;call;2026-11-03;Ravi Patel;Brauerei Zoë GmbH\n"
                + "702;Visit;meeting;2026-11-05;Lena Kim;Brauerei Zoë GmbH\n"
                + "703;Known;call;2026-11-05;Ravi Patel;Kühne Logistik AG\n";
        ImportDraft draft = imports.analyse(CsvKind.DEALS, "new-org.csv", text.getBytes(StandardCharsets.UTF_8),
                CsvProgress.none());
        assertThat(imports.missingAccounts(draft, draft.mapping())).isEqualTo(1);
        assertThat(imports.preview(draft, draft.mapping(), CsvProgress.none()).rows().errors())
                .as("not asked: refused as before").hasSize(2);

        ImportPreview preview = imports.preview(draft, draft.mapping().withCreateAccounts(true), CsvProgress.none());
        assertThat(preview.rows().errors()).isEmpty();
        assertThat(preview.accountsToCreate()).isEqualTo(1);
        ImportResult result = imports.commit(preview, CsvProgress.none());

        assertThat(result.accountsCreated()).isEqualTo(1);
        assertThat(result.rows().created()).isEqualTo(3);
        assertThat(jdbc.queryForMap("select a.external_id, p.username from account a join person p on p.id = a.owner_id"
                + " where a.name = 'Brauerei Zoë GmbH'")).containsEntry("EXTERNAL_ID", "PD-A-BRAUEREI-ZOE-GMBH")
                .as("owned by the rep of its first activity").containsEntry("USERNAME", "rep");
        assertThat(activity("PD-701")).containsEntry("ACCOUNT", "Brauerei Zoë GmbH");
        assertThat(activity("PD-702")).containsEntry("ACCOUNT", "Brauerei Zoë GmbH").containsEntry("REP", "lkim");
        assertThat(activity("PD-703")).containsEntry("ACCOUNT", "Kühne Logistik AG");
        jdbc.update("delete from activity where external_id like 'PD-7%'");
        jdbc.update("delete from account where external_id = 'PD-A-BRAUEREI-ZOE-GMBH'");
    }

    @Test
    void aRepMayNotImportAndAManagerOnlyForTheTeamsRepsAndAccounts() {
        TestSupport.signIn(users, "rep");
        assertThatThrownBy(() -> analyse("hubspot-activities.csv")).isInstanceOf(AccessDeniedException.class);

        TestSupport.signIn(users, "manager");
        String south = jdbc.queryForObject("select a.name from account a join person p on p.id = a.owner_id "
                + "where p.team_id <> (select team_id from person where username = 'manager') "
                + "order by a.id fetch first 1 rows only", String.class);
        String text = "Record ID,Activity date,Activity type,Activity assigned to,Associated Company\n"
                + "81,2026-11-10,CALL,Marco Bianchi,Kühne Logistik AG\n"
                + "82,2026-11-10,CALL,Ravi Patel,\"" + south + "\"\n";
        ImportDraft draft = imports.analyse(CsvKind.DEALS, "scope.csv", text.getBytes(StandardCharsets.UTF_8),
                CsvProgress.none());
        assertThat(draft.mapping().owner("Marco Bianchi")).isNull();
        ImportPreview preview = imports.preview(draft, draft.mapping(), CsvProgress.none());

        assertThat(preview.rows().errors()).extracting(CsvError::message).containsExactly(
                "line 2: owner_username \"Marco Bianchi\": no one of that name in your team",
                "line 3: account \"" + south + "\": no account of that id or name in your team; "
                        + "import the accounts first or tick \"Create missing accounts\"");
        assertThat(preview.canCommit()).isFalse();
    }
}
