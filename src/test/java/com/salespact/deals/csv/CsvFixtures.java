package com.salespact.deals.csv;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.jdbc.core.JdbcTemplate;

/** Files for the import tests, and the clean-up of what they import (external ids start with a prefix). */
final class CsvFixtures {

    static final String ACCOUNTS_HEADER = "external_id,name,owner_username,class,business_type,industry,city";
    static final String DEALS_HEADER = "external_id,name,account_external_id,owner_username,amount,gross_profit,"
            + "stage,forecast_category,expected_close_date,next_step,lost_reason";

    private CsvFixtures() {
    }

    static String file(String header, String... rows) {
        return header + "\n" + String.join("\n", rows) + "\n";
    }

    static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Removes every account and deal whose external id starts with {@code prefix}, with what hangs off them. */
    static void cleanUp(JdbcTemplate jdbc, String prefix) {
        String like = prefix + "%";
        String deals = "(select id from deal where external_id like ?)";
        String accounts = "(select id from account where external_id like ?)";
        jdbc.update("delete from stage_change where deal_id in " + deals, like);
        jdbc.update("delete from deal_milestone where deal_id in " + deals, like);
        jdbc.update("delete from deal where external_id like ?", like);
        jdbc.update("delete from account_owner_change where account_id in " + accounts, like);
        jdbc.update("delete from account_plan where account_id in " + accounts, like);
        jdbc.update("delete from account where external_id like ?", like);
    }
}
