package com.salespact.deals.query;

import com.salespact.deals.ForecastCategory;
import com.salespact.deals.Stage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a CSV import looks up, in bulk: people by username, accounts and deals by external id, and after writing the
 * ids of the deals it inserted. Keys are looked up {@value #CHUNK} at a time ("… in (?, ?, …)"), portable to H2 and
 * PostgreSQL. Scope is the importer's business ({@code deals.csv}); this reads whatever it is asked for.
 */
@Component
public class ImportLookupQuery {

    static final int CHUNK = 500;

    private static final String PEOPLE =
            "select id, lower(username) as username, team_id from person where lower(username) in (%s)";

    private static final String ACCOUNTS = """
            select a.id, a.version, a.external_id, a.name, a.owner_id, p.team_id as owner_team_id, a.account_class,
                   a.business_type, a.industry, a.city
            from account a join person p on p.id = a.owner_id where a.external_id in (%s)""";

    private static final String DEALS = """
            select d.id, d.version, d.external_id, d.name, d.account_id, d.owner_id, p.team_id as owner_team_id,
                   d.amount, d.gross_profit, d.stage, d.forecast_category, d.expected_close_date, d.closed_on,
                   d.next_step, d.lost_reason, d.stage_entered_at, d.opened_on
            from deal d join person p on p.id = d.owner_id where d.external_id in (%s)""";

    private static final String ACCOUNTS_BY_NAME = """
            select a.id, a.version, a.external_id, a.name, a.owner_id, p.team_id as owner_team_id, a.account_class,
                   a.business_type, a.industry, a.city
            from account a join person p on p.id = a.owner_id where lower(a.name) in (%s) order by a.id""";

    private static final String EVERYONE = """
            select id, username, full_name, email, team_id from person where active order by full_name, id""";

    private static final String DEAL_IDS = "select id, external_id from deal where external_id in (%s)";

    /** A person by lower-case username. */
    public record Person(long id, String username, Long teamId) {
    }

    /** An account as stored; class and business type as their names. */
    public record StoredAccount(long id, long version, String externalId, String name, long ownerId,
                                Long ownerTeamId, String accountClass, String businessType, String industry,
                                String city) {
    }

    /** A deal as stored. */
    public record StoredDeal(long id, long version, String externalId, String name, long accountId, long ownerId,
                             Long ownerTeamId, BigDecimal amount, BigDecimal grossProfit, Stage stage,
                             ForecastCategory forecastCategory, LocalDate expectedCloseDate, LocalDate closedOn,
                             String nextStep, String lostReason, Instant stageEnteredAt, LocalDate openedOn) {
    }

    /** A person as an import may name them: by username, full name or e-mail. */
    public record NamedPerson(long id, String username, String fullName, String email, Long teamId) {
    }

    private record DealId(long id, String externalId) {
    }

    private final JdbcClient jdbc;

    ImportLookupQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** People by lower-case username. */
    public Map<String, Person> people(Collection<String> lowerCaseUsernames) {
        return byKey(lowerCaseUsernames, PEOPLE, Person.class, Person::username);
    }

    /** Accounts by external id. */
    public Map<String, StoredAccount> accounts(Collection<String> externalIds) {
        return byKey(externalIds, ACCOUNTS, StoredAccount.class, StoredAccount::externalId);
    }

    /** Deals by external id. */
    public Map<String, StoredDeal> deals(Collection<String> externalIds) {
        return byKey(externalIds, DEALS, StoredDeal.class, StoredDeal::externalId);
    }

    /** Accounts by lower-case name; of several with one name, the oldest. */
    public Map<String, StoredAccount> accountsByName(Collection<String> lowerCaseNames) {
        Map<String, StoredAccount> found = new HashMap<>();
        List<String> all = List.copyOf(lowerCaseNames);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            String placeholders = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            jdbc.sql(ACCOUNTS_BY_NAME.formatted(placeholders)).params(chunk).query(StoredAccount.class).list()
                    .forEach(each -> found.putIfAbsent(each.name().toLowerCase(java.util.Locale.ROOT), each));
        }
        return found;
    }

    /** Every person, for matching a file's owners by e-mail or full name; the caller applies its scope. */
    public List<NamedPerson> everyone() {
        return jdbc.sql(EVERYONE).query(NamedPerson.class).list();
    }

    /** The ids of deals by external id (the identity columns give them on insert). */
    public Map<String, Long> dealIds(Collection<String> externalIds) {
        Map<String, Long> ids = new HashMap<>();
        byKey(externalIds, DEAL_IDS, DealId.class, DealId::externalId).forEach((key, deal) -> ids.put(key, deal.id()));
        return ids;
    }

    private <T> Map<String, T> byKey(Collection<String> keys, String sql, Class<T> row, Function<T, String> key) {
        Map<String, T> found = new HashMap<>();
        List<String> all = List.copyOf(keys);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            String placeholders = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            jdbc.sql(sql.formatted(placeholders)).params(chunk).query(row).list()
                    .forEach(each -> found.put(key.apply(each), each));
        }
        return found;
    }
}
