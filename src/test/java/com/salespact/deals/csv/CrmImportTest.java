package com.salespact.deals.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.TestSupport;
import com.salespact.deals.Stage;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 18, point 1: exports of Salesforce, HubSpot and Pipedrive as they come (files under import/, written to each
 * CRM's layout with its quirks) map themselves, import with their accounts, and import again with no change.
 * Signed in as the North manager: the owners Ravi Patel and Lena Kim are in the team (time frozen on 2026-11-18).
 */
@SpringBootTest
@ActiveProfiles("test")
class CrmImportTest {

    @Autowired CsvImportService imports;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void cleanUp() {
        TestSupport.signOut();
        for (String prefix : new String[] {"SF-", "HS-", "PD-", "CSV-"}) {
            CsvFixtures.cleanUp(jdbc, prefix);
        }
        jdbc.update("delete from import_mapping");
    }

    private static byte[] file(String name) {
        try (InputStream in = CrmImportTest.class.getResourceAsStream("/import/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private ImportDraft analyse(String name) {
        return imports.analyse(CsvKind.DEALS, name, file(name), CsvProgress.none());
    }

    /** The one step a deal file asks for: agreeing that its missing accounts are created. */
    private ImportResult importWithAccounts(ImportDraft draft) {
        ImportPreview preview = imports.preview(draft, draft.mapping().withCreateAccounts(true), CsvProgress.none());
        assertThat(preview.rows().errors()).isEmpty();
        assertThat(preview.accounts() == null ? java.util.List.of() : preview.accounts().errors()).isEmpty();
        return imports.commit(preview, CsvProgress.none());
    }

    private Map<String, Object> deal(String externalId) {
        return jdbc.queryForMap("""
                select d.name, d.amount, d.gross_profit, d.stage, d.expected_close_date, d.opened_on, d.closed_on,
                       d.next_step, d.lost_reason, p.username as owner, a.name as account, a.external_id as account_id
                from deal d join person p on p.id = d.owner_id join account a on a.id = d.account_id
                where d.external_id = ?""", externalId);
    }

    private void assertReimportChangesNothing(String name) {
        ImportDraft again = analyse(name);
        assertThat(again.savedMapping()).as("the saved mapping is found again by the header").isEqualTo(name);
        assertThat(imports.missingAccounts(again, again.mapping())).isZero();
        ImportPreview preview = imports.preview(again, again.mapping(), CsvProgress.none());
        assertThat(preview.rows().errors()).isEmpty();
        assertThat(preview.rows().toCreate()).isZero();
        assertThat(preview.rows().toUpdate()).isZero();
        assertThat(preview.canCommit()).isFalse();
    }

    @Test
    void aSalesforceOpportunityReportMapsItselfAndImportsWithItsAccountsThenAgainWithNoChange() {
        TestSupport.signIn(users, "manager");
        ImportDraft draft = analyse("salesforce-opportunities.csv");

        assertThat(draft.table().charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(draft.mapping().layout()).isEqualTo(ImportLayout.SALESFORCE);
        assertThat(draft.mapping().kind()).isEqualTo(CsvKind.DEALS);
        assertThat(draft.mapping().fields()).containsExactly(ImportField.OWNER, ImportField.ACCOUNT_NAME,
                ImportField.NAME, ImportField.STAGE, ImportField.AMOUNT, ImportField.CLOSE_DATE,
                ImportField.CREATED_DATE, ImportField.NEXT_STEP, ImportField.EXTERNAL_ID, ImportField.ACCOUNT_ID);
        assertThat(draft.asksDateOrder(draft.mapping())).as("12/15/2026 decides month first").isFalse();
        assertThat(draft.mapping().stages()).containsEntry("closed won", Stage.WON)
                .containsEntry("proposal/price quote", Stage.PROPOSAL).hasSize(5);
        assertThat(draft.mapping().owners()).containsEntry("Ravi Patel", "rep").containsEntry("Lena Kim", "lkim");
        assertThat(imports.missingAccounts(draft, draft.mapping())).isEqualTo(3);

        ImportResult result = importWithAccounts(draft);

        assertThat(result.accountsCreated()).isEqualTo(3);
        assertThat(result.rows().created()).isEqualTo(5);
        Map<String, Object> fleet = deal("SF-0065g00000SFa001");
        assertThat(fleet).containsEntry("NAME", "Fleet renewal 2027").containsEntry("STAGE", "PROPOSAL")
                .containsEntry("OWNER", "rep").containsEntry("ACCOUNT", "Müller GmbH")
                .containsEntry("ACCOUNT_ID", "SF-0015g00000SFb001")
                .containsEntry("NEXT_STEP", "Send revised quote, then call")
                .containsEntry("EXPECTED_CLOSE_DATE", Date.valueOf(LocalDate.of(2026, 12, 15)))
                .containsEntry("OPENED_ON", Date.valueOf(LocalDate.of(2026, 9, 1)));
        assertThat((BigDecimal) fleet.get("AMOUNT")).isEqualByComparingTo("120000.00");
        assertThat((BigDecimal) fleet.get("GROSS_PROFIT")).isEqualByComparingTo("0");
        assertThat(deal("SF-0065g00000SFa003")).containsEntry("ACCOUNT", "Société Générale")
                .containsEntry("NEXT_STEP", "Call the CFO's office\r\nthen send the deck");
        assertThat((BigDecimal) deal("SF-0065g00000SFa005").get("AMOUNT")).isEqualByComparingTo("1234.50");
        assertThat(deal("SF-0065g00000SFa005")).containsEntry("STAGE", "WON");
        assertThat(deal("SF-0065g00000SFa004")).containsEntry("STAGE", "LOST")
                .containsEntry("ACCOUNT", "Brightside Foods, Ltd");
        assertThat((String) deal("SF-0065g00000SFa004").get("LOST_REASON")).contains("SALESFORCE");

        assertReimportChangesNothing("salesforce-opportunities.csv");
    }

    @Test
    void aHubSpotDealsExportWithInternalStageIdsAndOwnersByMailImportsWithMadeUpAccountIds() {
        TestSupport.signIn(users, "manager");
        ImportDraft draft = analyse("hubspot-deals.csv");

        assertThat(draft.mapping().layout()).isEqualTo(ImportLayout.HUBSPOT);
        assertThat(draft.mapping().field(8)).as("Pipeline is not ours").isEqualTo(ImportField.IGNORE);
        assertThat(draft.mapping().stages()).containsEntry("appointmentscheduled", Stage.PROSPECT)
                .containsEntry("closedwon", Stage.WON).containsEntry("decisionmakerboughtin", Stage.PROPOSAL);
        assertThat(draft.mapping().owners()).containsEntry("lena.kim@salespact.example", "lkim")
                .containsEntry("Ravi Patel", "rep");
        assertThat(imports.missingAccounts(draft, draft.mapping())).isEqualTo(3);

        ImportResult result = importWithAccounts(draft);

        assertThat(result.accountsCreated()).isEqualTo(3);
        assertThat(result.rows().created()).isEqualTo(6);
        assertThat(deal("HS-9001002")).containsEntry("NAME", "Renewal, 3 years")
                .containsEntry("ACCOUNT_ID", "HS-A-MULLER-GMBH").containsEntry("STAGE", "NEGOTIATION")
                .containsEntry("OWNER", "lkim");
        assertThat((BigDecimal) deal("HS-9001002").get("AMOUNT")).isEqualByComparingTo("1250000.00");
        assertThat((BigDecimal) deal("HS-9001003").get("AMOUNT")).isEqualByComparingTo("0");
        assertThat(deal("HS-9001001")).containsEntry("ACCOUNT_ID", "HS-A-SOCIETE-GENERALE")
                .containsEntry("OPENED_ON", Date.valueOf(LocalDate.of(2026, 10, 1)));
        assertThat(deal("HS-9001004")).containsEntry("STAGE", "LOST");

        assertReimportChangesNothing("hubspot-deals.csv");
    }

    @Test
    void aPipedriveDealsExportTakesWonAndLostFromItsStatusAndReadsEveryAmountFormat() {
        TestSupport.signIn(users, "manager");
        ImportDraft draft = analyse("pipedrive-deals.csv");

        assertThat(draft.mapping().layout()).isEqualTo(ImportLayout.PIPEDRIVE);
        assertThat(draft.mapping().field(3)).as("Deal - Currency").isEqualTo(ImportField.IGNORE);
        ImportResult result = importWithAccounts(draft);

        assertThat(result.accountsCreated()).isEqualTo(3);
        assertThat(result.rows().created()).isEqualTo(4);
        assertThat((BigDecimal) deal("PD-301").get("AMOUNT")).isEqualByComparingTo("12500");
        assertThat(deal("PD-301")).containsEntry("ACCOUNT", "Żabka Polska").containsEntry("STAGE", "QUALIFIED");
        assertThat((BigDecimal) deal("PD-302").get("AMOUNT")).isEqualByComparingTo("1234.50");
        assertThat((BigDecimal) deal("PD-303").get("AMOUNT")).isEqualByComparingTo("7800.00");
        assertThat(deal("PD-303")).containsEntry("STAGE", "WON")
                .containsEntry("CLOSED_ON", Date.valueOf(LocalDate.of(2026, 10, 28)));
        assertThat((BigDecimal) deal("PD-304").get("AMOUNT")).isEqualByComparingTo("3200.00");
        assertThat(deal("PD-304")).containsEntry("STAGE", "LOST").containsEntry("LOST_REASON", "Budget frozen")
                .containsEntry("CLOSED_ON", Date.valueOf(LocalDate.of(2026, 10, 12)));

        assertReimportChangesNothing("pipedrive-deals.csv");
    }

    @Test
    void aGermanWindows1252SemicolonSalesforceReportReadsUmlautsDecimalCommasAndDottedDates() {
        TestSupport.signIn(users, "manager");
        ImportDraft draft = analyse("salesforce-opportunities-de-windows1252.csv");

        assertThat(draft.table().charset().name()).isEqualTo("windows-1252");
        assertThat(draft.table().delimiter()).isEqualTo(';');
        assertThat(draft.mapping().layout()).isEqualTo(ImportLayout.SALESFORCE);
        assertThat(draft.mapping().fields()).doesNotContain(ImportField.IGNORE);
        ImportResult result = importWithAccounts(draft);

        assertThat(result.accountsCreated()).isEqualTo(2);
        assertThat(result.rows().created()).isEqualTo(3);
        assertThat(deal("SF-0065g00000DEa001")).containsEntry("ACCOUNT", "Müller GmbH")
                .containsEntry("STAGE", "PROPOSAL")
                .containsEntry("EXPECTED_CLOSE_DATE", Date.valueOf(LocalDate.of(2026, 12, 15)));
        assertThat((BigDecimal) deal("SF-0065g00000DEa001").get("AMOUNT")).isEqualByComparingTo("1234.50");
        assertThat(deal("SF-0065g00000DEa002")).containsEntry("ACCOUNT", "Bäckerei Schäfer KG")
                .containsEntry("STAGE", "WON");
        assertThat(deal("SF-0065g00000DEa003")).containsEntry("STAGE", "LOST");
    }

    // German-headed exports with the header names verified for layouts.properties (see the comment of each section
    // there): each is proposed with its layout, kind and fields, and its German stage names map to our stages.

    @Test
    void aGermanSalesforceOpportunityReportIsProposedWithItsFieldsAndGermanStages() {
        TestSupport.signIn(users, "manager");
        ImportDraft draft = analyse("salesforce-opportunities-de.csv");

        assertThat(draft.mapping().layout()).isEqualTo(ImportLayout.SALESFORCE);
        assertThat(draft.mapping().kind()).isEqualTo(CsvKind.DEALS);
        assertThat(draft.mapping().fields()).containsExactly(ImportField.OWNER, ImportField.ACCOUNT_NAME,
                ImportField.NAME, ImportField.STAGE, ImportField.AMOUNT, ImportField.CLOSE_DATE,
                ImportField.CREATED_DATE, ImportField.NEXT_STEP, ImportField.EXTERNAL_ID, ImportField.ACCOUNT_ID);
        assertThat(draft.mapping().stages()).containsEntry("qualifizierung", Stage.QUALIFIED)
                .containsEntry("angebot/preisangebot", Stage.PROPOSAL)
                .containsEntry("verhandlung/überprüfung", Stage.NEGOTIATION)
                .containsEntry("geschlossen und gewonnen", Stage.WON)
                .containsEntry("geschlossen und verloren", Stage.LOST).hasSize(5);
    }

    @Test
    void aGermanSalesforceAccountReportIsProposedAsAccounts() {
        TestSupport.signIn(users, "manager");
        ImportDraft draft = analyse("salesforce-accounts-de.csv");

        assertThat(draft.mapping().layout()).isEqualTo(ImportLayout.SALESFORCE);
        assertThat(draft.mapping().kind()).isEqualTo(CsvKind.ACCOUNTS);
        assertThat(draft.mapping().fields()).containsExactly(ImportField.OWNER, ImportField.EXTERNAL_ID,
                ImportField.NAME, ImportField.INDUSTRY, ImportField.CITY, ImportField.IGNORE, ImportField.IGNORE);
    }

    @Test
    void aGermanHubSpotDealsExportIsProposedWithItsFieldsAndTheGermanDefaultStages() {
        TestSupport.signIn(users, "manager");
        ImportDraft draft = analyse("hubspot-deals-de.csv");

        assertThat(draft.mapping().layout()).isEqualTo(ImportLayout.HUBSPOT);
        assertThat(draft.mapping().kind()).isEqualTo(CsvKind.DEALS);
        assertThat(draft.mapping().fields()).containsExactly(ImportField.EXTERNAL_ID, ImportField.NAME,
                ImportField.STAGE, ImportField.AMOUNT, ImportField.CLOSE_DATE, ImportField.OWNER,
                ImportField.CREATED_DATE, ImportField.ACCOUNT_NAME, ImportField.IGNORE);
        assertThat(draft.mapping().stages()).containsEntry("termin vereinbart", Stage.PROSPECT)
                .containsEntry("für kauf qualifiziert", Stage.QUALIFIED)
                .containsEntry("präsentation vereinbart", Stage.PROPOSAL)
                .containsEntry("entscheidungsträger hat zugestimmt", Stage.PROPOSAL)
                .containsEntry("vertrag gesendet", Stage.NEGOTIATION)
                .containsEntry("abgeschlossen und gewonnen", Stage.WON)
                .containsEntry("abgeschlossen und verloren", Stage.LOST).hasSize(7);
    }

    @Test
    void aGermanPipedriveDealsExportIsProposedWithItsFieldsAndGermanStages() {
        TestSupport.signIn(users, "manager");
        ImportDraft draft = analyse("pipedrive-deals-de.csv");

        assertThat(draft.mapping().layout()).isEqualTo(ImportLayout.PIPEDRIVE);
        assertThat(draft.mapping().kind()).isEqualTo(CsvKind.DEALS);
        assertThat(draft.mapping().fields()).containsExactly(ImportField.EXTERNAL_ID, ImportField.NAME,
                ImportField.AMOUNT, ImportField.ACCOUNT_NAME, ImportField.OWNER, ImportField.STAGE,
                ImportField.STATUS, ImportField.CREATED_DATE, ImportField.CLOSED_DATE, ImportField.CLOSED_DATE,
                ImportField.LOST_REASON, ImportField.IGNORE);
        assertThat(draft.mapping().stages()).containsEntry("qualifiziert", Stage.QUALIFIED)
                .containsEntry("kontakt hergestellt", Stage.QUALIFIED)
                .containsEntry("angebot gemacht", Stage.PROPOSAL)
                .containsEntry("verhandlungen begonnen", Stage.NEGOTIATION).hasSize(4);
        assertThat(ImportLayout.status("Gewonnen")).isEqualTo(Stage.WON);
        assertThat(ImportLayout.status("Verloren")).isEqualTo(Stage.LOST);
        assertThat(ImportLayout.status("Offen")).as("open leaves the stage to the stage column").isNull();
    }

    @Test
    void aUtf16TabSeparatedFileIsRead() {
        TestSupport.signIn(users, "manager");
        ImportDraft draft = analyse("pipedrive-deals-utf16.txt");

        assertThat(draft.table().charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(draft.table().delimiter()).isEqualTo('\t');
        ImportResult result = importWithAccounts(draft);

        assertThat(result.rows().created()).isEqualTo(2);
        assertThat(deal("PD-401")).containsEntry("NAME", "Öresund ferries").containsEntry("ACCOUNT", "Øresundsbron")
                .containsEntry("STAGE", "QUALIFIED");
        assertThat((BigDecimal) deal("PD-402").get("AMOUNT")).isEqualByComparingTo("2500.00");
    }

    @Test
    void aHubSpotCompaniesExportIsRecognisedAsAccounts() {
        TestSupport.signIn(users, "manager");
        ImportDraft draft = analyse("hubspot-companies.csv");

        assertThat(draft.mapping().kind()).isEqualTo(CsvKind.ACCOUNTS);
        assertThat(draft.mapping().layout()).isEqualTo(ImportLayout.HUBSPOT);
        ImportPreview preview = imports.preview(draft, draft.mapping(), CsvProgress.none());
        assertThat(preview.rows().errors()).isEmpty();
        ImportResult result = imports.commit(preview, CsvProgress.none());

        assertThat(result.rows().created()).isEqualTo(3);
        assertThat(jdbc.queryForMap("select a.name, a.industry, a.city, p.username from account a "
                + "join person p on p.id = a.owner_id where a.external_id = 'HS-5502'"))
                .containsEntry("NAME", "Société Générale").containsEntry("CITY", "Paris")
                .containsEntry("USERNAME", "lkim");
        assertReimportChangesNothing("hubspot-companies.csv");
    }

    @Test
    void slashedDatesThatReadBothWaysAreAskedAndReadAsTheUserSays() {
        TestSupport.signIn(users, "manager");
        String text = """
                Opportunity ID,Opportunity Name,Account Name,Opportunity Owner,Amount,Stage,Close Date
                006A1,Alpha,Müller GmbH,Ravi Patel,100,Prospecting,03/04/2027
                006A2,Beta,Müller GmbH,Ravi Patel,200,Prospecting,12/01/2027
                """;
        ImportDraft draft = imports.analyse(CsvKind.DEALS, "ambiguous.csv", text.getBytes(StandardCharsets.UTF_8),
                CsvProgress.none());

        assertThat(draft.asksDateOrder(draft.mapping())).isTrue();
        ImportPreview unanswered = imports.preview(draft, draft.mapping().withCreateAccounts(true),
                CsvProgress.none());
        assertThat(unanswered.hasErrors()).isTrue();
        assertThat(unanswered.rows().errors()).extracting(CsvError::message)
                .anyMatch(message -> message.startsWith("line 2: ") && message.contains("03/04/2027"));

        ImportMapping dayFirst = draft.mapping().withDateOrder(ImportValues.DateOrder.DAY_FIRST)
                .withCreateAccounts(true);
        assertThat(draft.sample(dayFirst, 1).getFirst()).containsEntry("expected_close_date", "2027-04-03");
        imports.commit(imports.preview(draft, dayFirst, CsvProgress.none()), CsvProgress.none());
        assertThat(deal("SF-006A2")).containsEntry("EXPECTED_CLOSE_DATE", Date.valueOf(LocalDate.of(2027, 1, 12)));
    }

    @Test
    void anUnknownOwnerIsReportedAtItsLineAndResolvedByChoosingAPerson() {
        TestSupport.signIn(users, "manager");
        String text = "Record ID,Deal Name,Deal Stage,Amount,Close Date,Deal owner,Associated Company\r\n"
                + "77,Known,closedwon,10,2026-11-01,Ravi Patel,Müller GmbH\r\n"
                + "78,Unknown,appointmentscheduled,20,2026-12-01,Jane Roe,Müller GmbH\r\n";
        ImportDraft draft = imports.analyse(CsvKind.DEALS, "owners.csv", text.getBytes(StandardCharsets.UTF_8),
                CsvProgress.none());
        assertThat(draft.mapping().owner("Jane Roe")).isNull();

        ImportPreview unresolved = imports.preview(draft, draft.mapping().withCreateAccounts(true),
                CsvProgress.none());
        assertThat(unresolved.rows().errors()).extracting(CsvError::message)
                .containsExactly("line 3: owner_username \"Jane Roe\": no one of that name in your team");
        assertThatThrownBy(() -> imports.commit(unresolved, CsvProgress.none()))
                .isInstanceOf(CsvRejectedException.class);

        ImportMapping resolved = draft.mapping().withOwner("Jane Roe", "lkim").withCreateAccounts(true);
        ImportResult result = imports.commit(imports.preview(draft, resolved, CsvProgress.none()),
                CsvProgress.none());
        assertThat(result.rows().created()).isEqualTo(2);
        assertThat(deal("HS-78")).containsEntry("OWNER", "lkim");
    }

    @Test
    void oneBadLineImportsNothingNotEvenTheAccounts() {
        TestSupport.signIn(users, "manager");
        String text = """
                Deal - ID,Deal - Title,Deal - Value,Deal - Organization,Deal - Owner,Deal - Stage,Deal - Expected close date
                901,Good one,"1.000,00",Neue Kunde AG,Ravi Patel,Qualified,2026-12-01
                902,Bad one,twelve,Neue Kunde AG,Ravi Patel,Qualified,2026-12-01
                """;
        ImportDraft draft = imports.analyse(CsvKind.DEALS, "bad.csv", text.getBytes(StandardCharsets.UTF_8),
                CsvProgress.none());
        ImportPreview preview = imports.preview(draft, draft.mapping().withCreateAccounts(true), CsvProgress.none());

        assertThat(preview.rows().errors()).extracting(CsvError::message)
                .anyMatch(message -> message.startsWith("line 3: ") && message.contains("twelve"));
        assertThat(preview.canCommit()).isFalse();
        assertThatThrownBy(() -> imports.commit(preview, CsvProgress.none()))
                .isInstanceOf(CsvRejectedException.class);
        assertThat(jdbc.queryForObject("select count(*) from deal where external_id like 'PD-9%'", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from account where external_id like 'PD-%'", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from import_mapping", Integer.class)).isZero();
    }

    @Test
    void aRepMayNotImportAndAManagerCannotMapOwnersOrAccountsOfAnotherTeam() {
        TestSupport.signIn(users, "rep");
        assertThatThrownBy(() -> analyse("hubspot-deals.csv"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        TestSupport.signIn(users, "manager");
        String south = jdbc.queryForObject("select a.name from account a join person p on p.id = a.owner_id "
                + "join team t on t.id = p.team_id where t.id <> (select team_id from person where username = 'manager')"
                + " order by a.id fetch first 1 rows only", String.class);
        String text = "Record ID,Deal Name,Deal Stage,Amount,Close Date,Deal owner,Associated Company\n"
                + "81,Other team's rep,appointmentscheduled,10,2026-12-01,Marco Bianchi,Müller GmbH\n"
                + "82,Other team's account,appointmentscheduled,10,2026-12-01,Ravi Patel,\"" + south + "\"\n";
        ImportDraft draft = imports.analyse(CsvKind.DEALS, "scope.csv", text.getBytes(StandardCharsets.UTF_8),
                CsvProgress.none());

        assertThat(draft.people()).extracting(ImportDraft.Choice::username).contains("rep", "lkim")
                .doesNotContain("mbianchi", "sofia");
        assertThat(draft.mapping().owner("Marco Bianchi")).isNull();
        ImportPreview preview = imports.preview(draft, draft.mapping().withCreateAccounts(true), CsvProgress.none());
        assertThat(preview.rows().errors()).extracting(CsvError::message)
                .containsExactly("line 2: owner_username \"Marco Bianchi\": no one of that name in your team");
        assertThat(preview.accounts().rows()).extracting(row -> row.value("external_id"))
                .as("the other team's account is not taken: a new one of the same name would be made")
                .contains(ImportMapper.madeUpId(ImportLayout.HUBSPOT, south));
    }

    @Test
    void theSalesPactTemplateIsKnownAndNeedsNoMappingStep() {
        TestSupport.signIn(users, "manager");
        ImportDraft draft = imports.analyse(CsvKind.DEALS, "t.csv",
                CsvKind.DEALS.template(), CsvProgress.none());
        assertThat(draft.template()).isTrue();
        assertThat(draft.mapping().layout()).isEqualTo(ImportLayout.SALESPACT);
    }
}
