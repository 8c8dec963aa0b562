package com.salespact.deals.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.SeededCompany;
import com.salespact.TestSupport;
import com.salespact.deals.AccountClass;
import com.salespact.deals.AccountDetails;
import com.salespact.deals.AccountDraft;
import com.salespact.deals.AccountService;
import com.salespact.deals.DealDetails;
import com.salespact.deals.DealDraft;
import com.salespact.deals.DealFilter;
import com.salespact.deals.DealService;
import com.salespact.deals.BusinessType;
import com.salespact.deals.Stage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 14, point 5: the app's own export imports back with no change. A manager exports every deal of the team
 * (the seeded demo deals plus an account and a deal just created in the app), imports the file again: the preview
 * creates and changes nothing, the commit writes nothing, and every column of every row is as it was.
 */
@SpringBootTest
@ActiveProfiles("test")
class CsvRoundTripTest {

    @Autowired DealCsvExport export;
    @Autowired CsvImportService imports;
    @Autowired DealService deals;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired SeededCompany company;

    private final List<Long> createdDeals = new ArrayList<>();
    private final List<Long> createdAccounts = new ArrayList<>();

    @BeforeEach
    @AfterEach
    void cleanUp() {
        TestSupport.signOut();
        createdDeals.forEach(id -> {
            jdbc.update("delete from stage_change where deal_id = ?", id);
            jdbc.update("delete from deal_milestone where deal_id = ?", id);
            jdbc.update("delete from deal where id = ?", id);
        });
        createdAccounts.forEach(id -> {
            jdbc.update("delete from account_owner_change where account_id = ?", id);
            jdbc.update("delete from account_plan where account_id = ?", id);
            jdbc.update("delete from account where id = ?", id);
        });
        createdDeals.clear();
        createdAccounts.clear();
    }

    @Test
    void theTeamsExportImportsBackWithNoChangeAndEveryRowStaysAsItWas() {
        TestSupport.signIn(users, "manager");
        long team = company.teamOf("manager");
        long rep = company.personId("rep");
        AccountDetails account = accounts.save(null, 0, accountDraft(rep));
        createdAccounts.add(account.id());
        DealDetails deal = deals.save(null, 0, rep, dealDraft(account.id()));
        createdDeals.add(deal.id());
        assertThat(account.externalId()).matches("SP-A-[0-9A-Z]{12}");
        assertThat(company.deal(deal.id()).externalId())
                .matches("SP-D-[0-9A-Z]{12}");
        List<Map<String, Object>> before = rowsOf(team);

        ByteArrayOutputStream file = new ByteArrayOutputStream();
        int exported = export.writeTo(DealFilter.all(), Sort.unsorted(), file);
        CsvPreview preview = imports.preview(CsvKind.DEALS, new ByteArrayInputStream(file.toByteArray()));

        assertThat(exported).isEqualTo(deals.count(DealFilter.all())).isGreaterThan(100);
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.toCreate()).isZero();
        assertThat(preview.toUpdate()).isZero();
        assertThat(preview.unchanged()).isEqualTo(exported);
        CsvResult result = imports.commit(preview);
        assertThat(result.created()).isZero();
        assertThat(result.updated()).isZero();
        assertThat(rowsOf(team)).isEqualTo(before);
    }

    /** Every column of the team's deals, their stage changes and accounts, in id order. */
    private List<Map<String, Object>> rowsOf(long team) {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.addAll(jdbc.queryForList("""
                select d.* from deal d join person p on p.id = d.owner_id where p.team_id = ? order by d.id""", team));
        rows.addAll(jdbc.queryForList("""
                select s.* from stage_change s join deal d on d.id = s.deal_id join person p on p.id = d.owner_id
                where p.team_id = ? order by s.id""", team));
        rows.addAll(jdbc.queryForList("""
                select a.* from account a join person p on p.id = a.owner_id where p.team_id = ? order by a.id""", team));
        return rows;
    }

    private static AccountDraft accountDraft(long owner) {
        AccountDraft draft = new AccountDraft();
        draft.setName("Round trip account");
        draft.setOwnerId(owner);
        draft.setAccountClass(AccountClass.B);
        draft.setBusinessType(BusinessType.NEW);
        return draft;
    }

    private static DealDraft dealDraft(long accountId) {
        DealDraft draft = new DealDraft();
        draft.setName("Round trip deal");
        draft.setAccountId(accountId);
        draft.setAmount(new BigDecimal("1234.50"));
        draft.setGrossProfit(new BigDecimal("300.00"));
        draft.setStage(Stage.QUALIFIED);
        draft.setExpectedCloseDate(LocalDate.of(2026, 12, 20));
        draft.setNextStep("Call back");
        return draft;
    }
}
