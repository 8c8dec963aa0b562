package com.salespact.deals.csv;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a CSV file holds, and its columns. A header row is required; column order is free, names are matched
 * case-insensitively ("External ID" reads as external_id). Optional columns may be left out of the header: on an
 * update, a left-out column keeps the stored value.
 */
public enum CsvKind {

    ACCOUNTS(List.of("external_id", "name", "owner_username", "class", "business_type", "industry", "city"),
            Set.of("external_id", "name", "owner_username"),
            Set.of(),
            """
            external_id,name,owner_username,class,business_type,industry,city
            CRM-A-1001,Acme Logistics,rep,A,EXISTING,Logistics,Hamburg
            CRM-A-1002,"Brightside Foods, Ltd",rep,C,NEW,Food,Rotterdam
            """),

    DEALS(List.of("external_id", "name", "account_external_id", "owner_username", "amount", "gross_profit", "stage",
            "forecast_category", "expected_close_date", "next_step", "lost_reason", "created_date", "closed_date"),
            Set.of("external_id", "name", "account_external_id", "owner_username", "amount", "gross_profit", "stage",
                    "expected_close_date"),
            // Written by the deal export for people reading the file; the import ignores them.
            Set.of("account_name", "owner_name"),
            """
            external_id,name,account_external_id,owner_username,amount,gross_profit,stage,forecast_category,\
            expected_close_date,next_step,lost_reason,created_date,closed_date
            CRM-D-5001,Fleet renewal 2027,CRM-A-1001,rep,120000.00,30000.00,PROPOSAL,BEST_CASE,2026-12-15,\
            "Send revised quote, then call",,2026-09-01,
            CRM-D-5002,Cold store pilot,CRM-A-1002,rep,18000,4500,LOST,PIPELINE,2026-10-30,,Chose a cheaper supplier,\
            2026-06-12,2026-10-28
            """),

    /**
     * Calls and meetings done (decision 025): from a CRM's activity export, written by the activities feature
     * ({@link ImportTarget}), not by the deal planner.
     */
    ACTIVITIES(List.of("external_id", "kind", "date", "owner_username", "account_external_id", "account_name",
            "deal_external_id", "deal_name", "note"),
            Set.of("external_id", "kind", "date", "owner_username"),
            Set.of(),
            """
            external_id,kind,date,owner_username,account_external_id,account_name,deal_external_id,deal_name,note
            CRM-X-1,CALL,2026-10-02,rep,CRM-A-1001,,,,Follow-up on the quote
            """),

    /**
     * A fiscal year's revenue and minimum gross profit per rep or team, with an optional seasonality (decision 027):
     * written by the goals feature ({@link ImportTarget}), each change a revision naming the file. Matched by rep or
     * team and year, so the same file again changes nothing. w1 is the fiscal year's first month.
     */
    TARGETS(List.of("username_or_team", "fiscal_year", "revenue", "min_gross_profit", "w1", "w2", "w3", "w4", "w5",
            "w6", "w7", "w8", "w9", "w10", "w11", "w12"),
            Set.of("username_or_team", "fiscal_year", "revenue", "min_gross_profit"),
            Set.of(),
            """
            username_or_team,fiscal_year,revenue,min_gross_profit,w1,w2,w3,w4,w5,w6,w7,w8,w9,w10,w11,w12
            rep,2027,1200000.00,360000.00,1,1,1,1,1,1,1,1,1,1,1,1.5
            North,2027,3000000.00,900000.00,,,,,,,,,,,,
            """);

    private final List<String> columns;
    private final Set<String> required;
    private final Set<String> ignored;
    private final String template;

    CsvKind(List<String> columns, Set<String> required, Set<String> ignored, String template) {
        this.columns = columns;
        this.required = required;
        this.ignored = ignored;
        this.template = template;
    }

    /** All columns the import reads, in the order the template and the export write them. */
    public List<String> columns() {
        return columns;
    }

    public boolean isRequired(String column) {
        return required.contains(column);
    }

    /** Columns accepted in a header but not read (informational columns of the export). */
    boolean isIgnored(String column) {
        return ignored.contains(column);
    }

    /** A small, valid example file (UTF-8, comma-separated) users can download and fill in. */
    public byte[] template() {
        return template.getBytes(StandardCharsets.UTF_8);
    }

    /** The kinds a file can be uploaded as, each with its template (activities come from a CRM export). */
    public static List<CsvKind> templateKinds() {
        return List.of(ACCOUNTS, DEALS, TARGETS);
    }

    /**
     * Whether the deals feature plans and writes this kind itself ({@link ImportPlanner}); the other kinds go to the
     * feature that owns them, through an {@link ImportTarget}.
     */
    public boolean plannedByDeals() {
        return this == ACCOUNTS || this == DEALS;
    }

    /** Whether its rows name accounts that, when the user agrees, the same import creates first. */
    public boolean namesAccounts() {
        return this == DEALS || this == ACTIVITIES;
    }

    public String templateFileName() {
        return "salespact-" + name().toLowerCase(Locale.ROOT) + "-template.csv";
    }
}
