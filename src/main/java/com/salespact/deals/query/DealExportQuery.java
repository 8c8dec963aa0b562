package com.salespact.deals.query;

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
 * What a deal row lacks for a re-importable CSV file, read for one page of rows the deal list returned (so the
 * caller's scope is the list's): accounts' external ids, owners' usernames, deals' lost reasons and business dates.
 */
@Component
public class DealExportQuery {

    /** A deal's business dates, as the import reads them back (created_date, closed_date). */
    public record Dates(long id, LocalDate openedOn, LocalDate closedOn) {
    }

    private record IdText(long id, String text) {
    }

    private final JdbcClient jdbc;

    DealExportQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The deals' opened and closed days by deal id. */
    public Map<Long, Dates> dates(List<Long> dealIds) {
        return byId(in("select id, opened_on, closed_on from deal where id in (%s)", dealIds), Dates.class, Dates::id,
                Function.identity());
    }

    /** The accounts' external ids by account id (an account without one is missing). */
    public Map<Long, String> accountExternalIds(Collection<Long> accountIds) {
        return texts(in("select id, external_id as text from account where id in (%s)", accountIds));
    }

    /** The people's usernames by person id. */
    public Map<Long, String> usernames(Collection<Long> personIds) {
        return texts(in("select id, username as text from person where id in (%s)", personIds));
    }

    /** The deals' lost reasons by deal id, for those that have one. */
    public Map<Long, String> lostReasons(Collection<Long> dealIds) {
        return texts(in("select id, lost_reason as text from deal where lost_reason is not null and id in (%s)",
                dealIds));
    }

    private JdbcClient.StatementSpec in(String sql, Collection<Long> ids) {
        return jdbc.sql(sql.formatted(String.join(", ", Collections.nCopies(ids.size(), "?")))).params(List.copyOf(ids));
    }

    private static Map<Long, String> texts(JdbcClient.StatementSpec statement) {
        return byId(statement, IdText.class, IdText::id, IdText::text);
    }

    private static <T, V> Map<Long, V> byId(JdbcClient.StatementSpec statement, Class<T> row, Function<T, Long> id,
                                            Function<T, V> value) {
        Map<Long, V> found = new HashMap<>();
        statement.query(row).list().forEach(each -> found.put(id.apply(each), value.apply(each)));
        return found;
    }
}
