package com.salespact.deals.csv;

import static com.salespact.deals.csv.CsvFixtures.ACCOUNTS_HEADER;
import static com.salespact.deals.csv.CsvFixtures.DEALS_HEADER;
import static com.salespact.deals.csv.CsvFixtures.file;
import static com.salespact.deals.csv.CsvFixtures.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.SeededCompany.AccountFacts;
import com.salespact.SeededCompany.DealFacts;
import com.salespact.SeededCompany;
import com.salespact.TestSupport;
import com.salespact.deals.AccountClass;
import com.salespact.deals.BusinessType;
import com.salespact.deals.Stage;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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

/** The import on the seeded H2 database (time frozen on 2026-11-18): rules, line numbers, transactions, scope. */
@SpringBootTest
@ActiveProfiles("test")
class CsvImportServiceTest {

    private static final String P = "CSVT-";
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 18, 10, 0, 0, 0, ZoneOffset.UTC);

    @Autowired CsvImportService imports;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired SeededCompany company;

    @BeforeEach
    @AfterEach
    void cleanUp() {
        TestSupport.signOut();
        CsvFixtures.cleanUp(jdbc, P);
    }

    private void signIn(String username) {
        TestSupport.signIn(users, username);
    }

    private CsvPreview preview(CsvKind kind, String text) {
        return imports.preview(kind, stream(text));
    }

    private CsvResult importClean(CsvKind kind, String text) {
        CsvPreview preview = preview(kind, text);
        assertThat(preview.errors()).isEmpty();
        return imports.commit(preview);
    }

    private void importNorthAccounts() {
        importClean(CsvKind.ACCOUNTS, file(ACCOUNTS_HEADER,
                P + "A1,Alpha Freight,rep,A,NEW,Logistics,Oslo",
                P + "A2,Beta Foods,lkim,B,EXISTING,Food,Bergen"));
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    private int csvDeals() {
        return count("select count(*) from deal where external_id like ?", P + "%");
    }

    @Test
    void previewReportsEveryProblemWithItsLineAndWritesNothing() {
        signIn("manager");
        importNorthAccounts();
        String text = file(DEALS_HEADER,
                P + "D1,Fleet deal,CSVT-A1,rep,1000,200,PROSPECT,PIPELINE,2026-12-15,,",                  // 2
                P + "D2,Too much GP,CSVT-A1,rep,500,900,PROSPECT,,2026-12-15,,",                           // 3
                P + "D3,Negative,CSVT-A1,rep,-5,0,PROSPECT,,2026-12-15,,",                                 // 4
                P + "D4,Odd stage,CSVT-A1,rep,10,1,CLOSED,,2026-12-15,,",                                  // 5
                P + "D5,Odd date,CSVT-A1,rep,10,1,PROSPECT,,2026-13-01,,",                                 // 6
                P + "D6,\"Notes, quoted\",CSVT-A1,rep,10,1,PROSPECT,,2026-12-15,\"call,\nthen mail\",",    // 7-8
                P + "D7,Nobody's,CSVT-A1,nobody,10,1,PROSPECT,,2026-12-15,,",                              // 9
                P + "D8,No account,CSVT-NOPE,rep,10,1,PROSPECT,,2026-12-15,,",                             // 10
                P + "D9,Lost silently,CSVT-A1,rep,10,1,LOST,,2026-11-01,,",                                // 11
                P + "D1,Twice,CSVT-A1,rep,10,1,PROSPECT,,2026-12-15,,",                                    // 12
                P + "D10,Far future,CSVT-A1,rep,10,1,PROSPECT,,2031-01-01,,",                              // 13
                P + "D11,Comma money,CSVT-A1,rep,\"12,50\",1,PROSPECT,,2026-12-15,,",                      // 14
                P + "D12,Bell\u0007,CSVT-A1,rep,10,1,PROSPECT,,2026-12-15,,",                              // 15
                P + "D13,Short row,CSVT-A1,rep,10");                                                      // 16

        CsvPreview preview = preview(CsvKind.DEALS, text);

        assertThat(preview.errors()).extracting(CsvError::message).containsExactly(
                "line 3: gross_profit 900 is more than amount 500: Gross profit cannot be more than the amount",
                "line 4: amount \"-5\": Amount must be zero or more",
                "line 5: stage \"CLOSED\" is not one of PROSPECT, QUALIFIED, PROPOSAL, NEGOTIATION, WON, LOST",
                "line 6: expected_close_date \"2026-13-01\" is not a date; write it as yyyy-MM-dd, e.g. 2026-12-31",
                "line 9: owner_username \"nobody\": no one of that name in your team",
                "line 10: account_external_id \"CSVT-NOPE\": no account with this id in your team; import the accounts first",
                "line 11: lost_reason: Say why the deal was lost",
                "line 12: external_id \"CSVT-D1\" appears again (first on line 2)",
                "line 13: expected_close_date \"2031-01-01\": Expected close must be within three years",
                "line 14: amount \"12,50\" is not a number (write it like 1234.50, without thousands separators "
                        + "or currency)",
                "line 15: name: remove the control character U+0007 at position 5: it cannot be stored",
                "line 16: has 5 values, but the header has 11 columns",
                "line 16: gross_profit is empty",
                "line 16: stage is empty",
                "line 16: expected_close_date is empty");
        assertThat(preview.rows()).filteredOn(row -> !row.hasErrors()).extracting(CsvRow::line, CsvRow::action)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, CsvRow.Action.CREATE),
                        org.assertj.core.groups.Tuple.tuple(7L, CsvRow.Action.CREATE));
        assertThat(preview.toCreate()).isEqualTo(2);
        assertThat(preview.rowsWithErrors()).isEqualTo(12);
        assertThat(preview.canCommit()).isFalse();
        assertThat(csvDeals()).isZero();

        assertThatThrownBy(() -> imports.commit(preview)).isInstanceOf(CsvRejectedException.class)
                .hasMessageContaining("15 problem(s)").hasMessageContaining("line 3: gross_profit 900");
        assertThat(csvDeals()).isZero();
    }

    @Test
    void commitWritesDealsWithTheirFirstStageAndAReimportChangesNothing() {
        signIn("manager");
        importNorthAccounts();
        String text = file(DEALS_HEADER,
                P + "D1,Fleet renewal,CSVT-A1,rep,1000.50,200,PROPOSAL,BEST_CASE,2026-12-15,Send quote,",
                P + "D2,Cold store,CSVT-A2,lkim,800,300,WON,PIPELINE,2026-10-30,,",
                P + "D3,Pilot,CSVT-A2,lkim,50,10,LOST,,2026-11-02,,Chose a cheaper supplier");

        CsvResult result = importClean(CsvKind.DEALS, text);

        assertThat(result.created()).isEqualTo(3);
        assertThat(result.updated()).isZero();
        DealFacts fleet = company.deal(company.dealIdByExternalId(P + "D1"));
        assertThat(fleet).extracting(DealFacts::name, DealFacts::stage, DealFacts::forecastCategory,
                DealFacts::nextStep, DealFacts::ownerId, DealFacts::version).containsExactly("Fleet renewal",
                Stage.PROPOSAL, "BEST_CASE", "Send quote", company.personId("rep"), 0L);
        assertThat(fleet.amount()).isEqualByComparingTo("1000.50");
        assertThat(jdbc.queryForObject("select stage_entered_at from deal where external_id = ?",
                OffsetDateTime.class, P + "D1").toInstant()).isEqualTo(NOW.toInstant());
        // A won deal is COMMIT (the domain's rule) and closed when the file says, not on the import day.
        DealFacts won = company.deal(company.dealIdByExternalId(P + "D2"));
        assertThat(won.forecastCategory()).isEqualTo("COMMIT");
        assertThat(won.closedOn()).isEqualTo(LocalDate.of(2026, 10, 30));
        assertThat(jdbc.queryForList("""
                select s.from_stage, s.to_stage, s.changed_by from stage_change s join deal d on d.id = s.deal_id
                where d.external_id like ? order by d.external_id""", P + "%"))
                .extracting(row -> row.get("FROM_STAGE") + "->" + row.get("TO_STAGE") + " by " + row.get("CHANGED_BY"))
                .containsExactly("null->PROPOSAL by " + company.personId("manager"),
                        "null->WON by " + company.personId("manager"),
                        "null->LOST by " + company.personId("manager"));

        CsvPreview again = preview(CsvKind.DEALS, text);
        assertThat(again.errors()).isEmpty();
        assertThat(again.toCreate()).isZero();
        assertThat(again.toUpdate()).isZero();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(again.canCommit()).isFalse();
        CsvResult second = imports.commit(again);
        assertThat(second.created() + second.updated()).isZero();
        assertThat(csvDeals()).isEqualTo(3);
        assertThat(count("select count(*) from deal where external_id like ? and version <> 0", P + "%")).isZero();
        assertThat(count("select count(*) from stage_change s join deal d on d.id = s.deal_id "
                + "where d.external_id like ?", P + "%")).isEqualTo(3);
    }

    @Test
    void anUpdateByExternalIdChangesTheRecordAndRecordsTheStageMove() {
        signIn("manager");
        importNorthAccounts();
        importClean(CsvKind.DEALS, file(DEALS_HEADER,
                P + "D1,Fleet renewal,CSVT-A1,rep,1000,200,PROSPECT,,2026-12-15,,"));
        long dealId = company.dealIdByExternalId(P + "D1");

        // next_step and lost_reason are left out of this file: the stored values stay.
        CsvPreview preview = preview(CsvKind.DEALS, """
                external_id,name,account_external_id,owner_username,amount,gross_profit,stage,expected_close_date
                CSVT-D1,Fleet renewal XL,CSVT-A1,rep,1500,300,NEGOTIATION,2027-01-20
                """);
        assertThat(preview.toUpdate()).isEqualTo(1);
        CsvResult result = imports.commit(preview);

        assertThat(result.updated()).isEqualTo(1);
        assertThat(company.deal(dealId)).extracting(DealFacts::name, DealFacts::stage, DealFacts::version)
                .containsExactly("Fleet renewal XL", Stage.NEGOTIATION, 1L);
        assertThat(jdbc.queryForList("select from_stage, to_stage from stage_change where deal_id = ? order by id",
                dealId)).extracting(row -> row.get("FROM_STAGE") + "->" + row.get("TO_STAGE"))
                .containsExactly("null->PROSPECT", "PROSPECT->NEGOTIATION");

        // An account moving to another rep of the team leaves an owner-change record.
        importClean(CsvKind.ACCOUNTS, file(ACCOUNTS_HEADER, P + "A1,Alpha Freight,jberg,A,NEW,Logistics,Oslo"));
        assertThat(jdbc.queryForMap("""
                select c.from_owner_id, c.to_owner_id from account_owner_change c join account a on a.id = c.account_id
                where a.external_id = ?""", P + "A1"))
                .containsEntry("FROM_OWNER_ID", company.personId("rep"))
                .containsEntry("TO_OWNER_ID", company.personId("jberg"));
    }

    @Test
    void aFailureMidCommitLeavesTheDatabaseAsItWas() {
        signIn("manager");
        importNorthAccounts();
        importClean(CsvKind.DEALS, file(DEALS_HEADER, P + "D0,Existing,CSVT-A1,rep,100,10,PROSPECT,,2026-12-15,,"));
        List<String> rows = new ArrayList<>();
        rows.add(P + "D0,Existing changed,CSVT-A1,rep,999,10,QUALIFIED,,2026-12-15,,");
        for (int i = 1; i <= 1200; i++) {
            rows.add(P + "D" + i + ",Deal " + i + ",CSVT-A" + (1 + i % 2) + "," + (i % 2 == 0 ? "rep" : "lkim")
                    + ",1000,100,PROSPECT,,2026-12-15,,");
        }
        CsvPreview preview = preview(CsvKind.DEALS, file(DEALS_HEADER, rows.toArray(String[]::new)));
        assertThat(preview.canCommit()).isTrue();
        List<Integer> written = new ArrayList<>();

        assertThatThrownBy(() -> imports.commit(preview, (phase, done, total) -> {
            if (phase == CsvProgress.Phase.WRITING) {
                written.add(done);
                if (done >= 1000) {
                    throw new IllegalStateException("the connection broke");
                }
            }
        })).hasMessage("the connection broke");

        assertThat(written).containsExactly(500, 1000); // two batches were written before the failure ...
        assertThat(csvDeals()).isEqualTo(1);            // ... and rolled back with the rest
        assertThat(company.deal(company.dealIdByExternalId(P + "D0")))
                .extracting(DealFacts::name, DealFacts::stage, DealFacts::version)
                .containsExactly("Existing", Stage.PROSPECT, 0L);
        assertThat(count("select count(*) from stage_change s join deal d on d.id = s.deal_id "
                + "where d.external_id like ?", P + "%")).isEqualTo(1);
    }

    @Test
    void aCommitChecksTheRowsAgainAgainstTheDataAsItIsNow() {
        signIn("manager");
        importNorthAccounts();
        CsvPreview preview = preview(CsvKind.DEALS, file(DEALS_HEADER,
                P + "D1,Fleet,CSVT-A1,rep,1000,200,PROSPECT,,2026-12-15,,",
                P + "D2,Food,CSVT-A2,lkim,1000,200,PROSPECT,,2026-12-15,,"));
        assertThat(preview.canCommit()).isTrue();
        jdbc.update("delete from account where external_id = ?", P + "A2");

        assertThatThrownBy(() -> imports.commit(preview)).isInstanceOfSatisfying(CsvRejectedException.class,
                rejected -> assertThat(rejected.errors()).extracting(CsvError::message).containsExactly(
                        "line 3: account_external_id \"CSVT-A2\": no account with this id in your team; import the accounts first"));
        assertThat(csvDeals()).isZero();
    }

    @Test
    void aManagerOfNorthCannotImportForTheSouthTeamNorTakeItsRecordsOver() {
        signIn("admin");
        importClean(CsvKind.ACCOUNTS, file(ACCOUNTS_HEADER, P + "S1,South Shipping,mbianchi,A,NEW,,"));
        TestSupport.signOut();

        signIn("manager");
        CsvPreview forSouth = preview(CsvKind.ACCOUNTS, file(ACCOUNTS_HEADER, P + "A9,Gamma,asouza,C,NEW,,"));
        assertThat(forSouth.errors()).extracting(CsvError::message).containsExactly("line 2: owner_username "
                + "\"asouza\": no one of that name in your team");
        CsvPreview takeOver = preview(CsvKind.ACCOUNTS, file(ACCOUNTS_HEADER, P + "S1,South Shipping,rep,A,NEW,,"));
        assertThat(takeOver.errors()).extracting(CsvError::message)
                .containsExactly("line 2: external_id \"CSVT-S1\" cannot be used: choose another");
        CsvPreview dealOnSouthAccount = preview(CsvKind.DEALS, file(DEALS_HEADER,
                P + "D1,Sneaky,CSVT-S1,rep,10,1,PROSPECT,,2026-12-15,,"));
        assertThat(dealOnSouthAccount.errors()).extracting(CsvError::message)
                .containsExactly("line 2: account_external_id \"CSVT-S1\": no account with this id in your team; "
                        + "import the accounts first");

        // A preview made up without errors is checked again at commit, in the caller's scope.
        CsvPreview forged = new CsvPreview(CsvKind.ACCOUNTS, ',', forSouth.columns(),
                forSouth.rows().stream().map(row -> new CsvRow(row.line(), row.values(), CsvRow.Action.CREATE,
                        List.of())).toList(), List.of(), 0, 0);
        assertThatThrownBy(() -> imports.commit(forged)).isInstanceOf(CsvRejectedException.class)
                .hasMessageContaining("no one of that name in your team");
        assertThat(count("select count(*) from account where external_id = ?", P + "A9")).isZero();
        assertThat(company.account(company.accountIdByExternalId(P + "S1")).ownerId())
                .isEqualTo(company.personId("mbianchi"));
    }

    @Test
    void messagesReadTheSameForAnotherTeamsRecordsAsForRecordsThatDoNotExist() {
        signIn("admin");
        importClean(CsvKind.ACCOUNTS, file(ACCOUNTS_HEADER, P + "S1,South Shipping,mbianchi,A,NEW,,"));
        importClean(CsvKind.DEALS, file(DEALS_HEADER, P + "SD1,South deal,CSVT-S1,mbianchi,10,1,PROSPECT,,2026-12-15,,"));
        TestSupport.signOut();

        signIn("manager");
        importNorthAccounts();
        CsvPreview preview = preview(CsvKind.DEALS, file(DEALS_HEADER,
                P + "D1,Theirs,CSVT-A1,asouza,10,1,PROSPECT,,2026-12-15,,",       // 2: a person of another team
                P + "D2,Nobody,CSVT-A1,nosuchrep,10,1,PROSPECT,,2026-12-15,,",    // 3: nobody at all
                P + "D3,Their account,CSVT-S1,rep,10,1,PROSPECT,,2026-12-15,,",   // 4: an account of another team
                P + "D4,No account,CSVT-NONE,rep,10,1,PROSPECT,,2026-12-15,,",    // 5: no such account
                P + "SD1,Take over,CSVT-A1,rep,10,1,PROSPECT,,2026-12-15,,"));    // 6: another team's deal id
        List<String> problems = preview.errors().stream().map(CsvError::problem).toList();

        assertThat(problems).containsExactly(
                "owner_username \"asouza\": no one of that name in your team",
                "owner_username \"nosuchrep\": no one of that name in your team",
                "account_external_id \"CSVT-S1\": no account with this id in your team; import the accounts first",
                "account_external_id \"CSVT-NONE\": no account with this id in your team; import the accounts first",
                "external_id \"CSVT-SD1\" cannot be used: choose another");
        assertThat(problems.get(0).replace("asouza", "X")).isEqualTo(problems.get(1).replace("nosuchrep", "X"));
        assertThat(problems.get(2).replace("CSVT-S1", "X")).isEqualTo(problems.get(3).replace("CSVT-NONE", "X"));
        assertThat(problems).noneMatch(problem -> problem.contains("outside") || problem.contains("known"));
        // The other team's deal is refused, not taken over.
        assertThat(company.deal(company.dealIdByExternalId(P + "SD1")).ownerId())
                .isEqualTo(company.personId("mbianchi"));
    }

    @Test
    void controlCharactersAndOverLongValuesAreRefusedWithTheirLineNeverCut() {
        signIn("manager");
        importNorthAccounts();
        CsvPreview preview = preview(CsvKind.DEALS, file(DEALS_HEADER,
                P + "D1,\"Tab\tbed\",CSVT-A1,rep,10,1,PROSPECT,,2026-12-15,,",
                P + "D2,Nul,CSVT-A1,rep,10,1,PROSPECT,,2026-12-15,\"call\u0000\",",
                P + "D3," + "x".repeat(10_000) + ",CSVT-A1,rep,10,1,PROSPECT,,2026-12-15,,"));

        assertThat(preview.errors()).extracting(CsvError::message).containsExactly(
                "line 2: name: remove the tab at position 4: it cannot be stored",
                "line 3: next_step: remove the null character at position 5: it cannot be stored",
                "line 4: name \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…\": at most 200 characters — you typed 10,000");
        assertThat(csvDeals()).isZero();
    }

    @Test
    void theFilesCreatedAndClosedDatesAreTheDealsBusinessDates() {
        signIn("manager");
        importNorthAccounts();
        importClean(CsvKind.DEALS, file(DEALS_HEADER + ",created_date,closed_date",
                P + "D1,Old win,CSVT-A1,rep,10,1,WON,,2025-03-31,,,2025-01-15,2025-03-20",
                P + "D2,Old loss,CSVT-A1,rep,10,1,LOST,,2025-06-30,,Budget,,",
                P + "D3,Open since spring,CSVT-A1,rep,10,1,PROPOSAL,,2026-12-15,,,2026-04-01,",
                P + "D4,New today,CSVT-A1,rep,10,1,PROSPECT,,2026-12-15,,,,"));

        assertThat(jdbc.queryForList("select external_id, opened_on, closed_on from deal where external_id like ?"
                + " order by external_id", P + "%")).extracting(row -> row.get("EXTERNAL_ID") + " "
                + row.get("OPENED_ON") + " " + row.get("CLOSED_ON")).containsExactly(
                P + "D1 2025-01-15 2025-03-20",
                P + "D2 2025-06-30 2025-06-30", // no dates: closed on its expected close date, opened then too
                P + "D3 2026-04-01 null",
                P + "D4 2026-11-18 null");
        // The stage was entered on the business day, so last week's pipeline holds the deal open since April.
        assertThat(jdbc.queryForObject("select stage_entered_at from deal where external_id = ?",
                OffsetDateTime.class, P + "D3").toInstant())
                .isEqualTo(LocalDate.of(2026, 4, 1).atStartOfDay(ZoneOffset.UTC).toInstant());

        CsvPreview wrong = preview(CsvKind.DEALS, file(DEALS_HEADER + ",created_date,closed_date",
                P + "D5,Future,CSVT-A1,rep,10,1,PROSPECT,,2026-12-15,,,2026-11-19,",
                P + "D6,Open closed,CSVT-A1,rep,10,1,PROSPECT,,2026-12-15,,,,2026-11-01",
                P + "D7,Backwards,CSVT-A1,rep,10,1,WON,,2026-10-01,,,2026-10-10,2026-10-01",
                P + "D8,Bad date,CSVT-A1,rep,10,1,PROSPECT,,2026-12-15,,,yesterday,"));
        assertThat(wrong.errors()).extracting(CsvError::message).containsExactly(
                "line 2: created_date \"2026-11-19\": A deal cannot be created in the future",
                "line 3: closed_date \"2026-11-01\": Only a won or lost deal has a closed date",
                "line 4: closed_date \"2026-10-01\": A deal cannot be closed before it was created",
                "line 5: created_date \"yesterday\" is not a date; write it as yyyy-MM-dd, e.g. 2026-12-31");
    }

    @Test
    void anAdminImportsForEveryTeam() {
        signIn("admin");
        CsvResult result = importClean(CsvKind.ACCOUNTS, file(ACCOUNTS_HEADER,
                P + "A1,North One,rep,,,,", P + "A2,South One,nhaddad,,,,"));
        assertThat(result.created()).isEqualTo(2);
        assertThat(company.account(company.accountIdByExternalId(P + "A2")))
                .extracting(AccountFacts::accountClass, AccountFacts::businessType)
                .containsExactly(AccountClass.C, BusinessType.NEW);
    }

    @Test
    void accountRowsAreCheckedWithTheAccountsOwnConstraints() {
        signIn("manager");
        CsvPreview preview = preview(CsvKind.ACCOUNTS, file(ACCOUNTS_HEADER,
                P + "A1,\"" + "n".repeat(201) + "\",rep,A,NEW,,",
                P + "A2,Fine,rep,D,OLD,\"" + "i".repeat(81) + "\","));
        assertThat(preview.errors()).extracting(CsvError::message).containsExactly(
                "line 2: name \"nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn…\": at most 200 characters — you typed 201",
                "line 3: class \"D\" is not one of A, B, C",
                "line 3: business_type \"OLD\" is not one of NEW, EXISTING",
                "line 3: industry \"iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii…\": at most 80 characters — you typed 81");
        CsvPreview industry = preview(CsvKind.ACCOUNTS, file(ACCOUNTS_HEADER,
                P + "A2,Fine,rep,A,NEW,\"" + "i".repeat(81) + "\","));
        assertThat(industry.errors()).extracting(CsvError::problem).singleElement().asString()
                .startsWith("industry \"iiii").endsWith(": at most 80 characters — you typed 81");
    }

    @Test
    void aRepCannotImportAtAllAndNeitherCanSomebodySignedOut() {
        assertThatThrownBy(() -> preview(CsvKind.ACCOUNTS, file(ACCOUNTS_HEADER, P + "A1,X,rep,,,,")))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        signIn("manager");
        CsvPreview preview = preview(CsvKind.ACCOUNTS, file(ACCOUNTS_HEADER, P + "A1,X,rep,,,,"));
        TestSupport.signOut();

        signIn("rep");
        assertThatThrownBy(() -> preview(CsvKind.ACCOUNTS, file(ACCOUNTS_HEADER, P + "A1,X,rep,,,,")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.commit(preview)).isInstanceOf(AccessDeniedException.class);
        assertThat(count("select count(*) from account where external_id like ?", P + "%")).isZero();
    }
}
