package com.salespact.deals.csv;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What a column of a foreign file may be read as: the SalesPact template's columns, plus the few a CRM export has
 * that the template has not (an account's name on a deal, Pipedrive's won/lost status), and an activity's columns.
 * IGNORE reads nothing.
 */
public enum ImportField {
    IGNORE(null, Set.of(CsvKind.values())),
    EXTERNAL_ID("external_id", Set.of(CsvKind.ACCOUNTS, CsvKind.DEALS, CsvKind.ACTIVITIES)),
    NAME("name", Set.of(CsvKind.ACCOUNTS, CsvKind.DEALS)),
    OWNER("owner_username", Set.of(CsvKind.ACCOUNTS, CsvKind.DEALS, CsvKind.ACTIVITIES)),
    ACCOUNT_ID("account_external_id", Set.of(CsvKind.DEALS, CsvKind.ACTIVITIES)),
    ACCOUNT_NAME("account_name", Set.of(CsvKind.DEALS, CsvKind.ACTIVITIES)),
    AMOUNT("amount", Set.of(CsvKind.DEALS)),
    GROSS_PROFIT("gross_profit", Set.of(CsvKind.DEALS)),
    STAGE("stage", Set.of(CsvKind.DEALS)),
    STATUS("status", Set.of(CsvKind.DEALS)),
    FORECAST_CATEGORY("forecast_category", Set.of(CsvKind.DEALS)),
    CLOSE_DATE("expected_close_date", Set.of(CsvKind.DEALS)),
    CREATED_DATE("created_date", Set.of(CsvKind.DEALS)),
    CLOSED_DATE("closed_date", Set.of(CsvKind.DEALS)),
    NEXT_STEP("next_step", Set.of(CsvKind.DEALS)),
    LOST_REASON("lost_reason", Set.of(CsvKind.DEALS)),
    ACCOUNT_CLASS("class", Set.of(CsvKind.ACCOUNTS)),
    BUSINESS_TYPE("business_type", Set.of(CsvKind.ACCOUNTS)),
    INDUSTRY("industry", Set.of(CsvKind.ACCOUNTS)),
    CITY("city", Set.of(CsvKind.ACCOUNTS)),
    // Activities (calls, meetings): their type, their own date, the deal they were about, the subject as the note.
    ACTIVITY_KIND("kind", Set.of(CsvKind.ACTIVITIES)),
    ACTIVITY_DATE("date", Set.of(CsvKind.ACTIVITIES)),
    DEAL_ID("deal_external_id", Set.of(CsvKind.ACTIVITIES)),
    DEAL_NAME("deal_name", Set.of(CsvKind.ACTIVITIES)),
    NOTE("note", Set.of(CsvKind.ACTIVITIES)),
    // Targets: a rep (login, full name) or a team (name), the fiscal year, the two amounts, the month weights.
    REP_OR_TEAM("username_or_team", Set.of(CsvKind.TARGETS)),
    FISCAL_YEAR("fiscal_year", Set.of(CsvKind.TARGETS)),
    REVENUE("revenue", Set.of(CsvKind.TARGETS)),
    MIN_GROSS_PROFIT("min_gross_profit", Set.of(CsvKind.TARGETS)),
    WEIGHT_1("w1", Set.of(CsvKind.TARGETS)),
    WEIGHT_2("w2", Set.of(CsvKind.TARGETS)),
    WEIGHT_3("w3", Set.of(CsvKind.TARGETS)),
    WEIGHT_4("w4", Set.of(CsvKind.TARGETS)),
    WEIGHT_5("w5", Set.of(CsvKind.TARGETS)),
    WEIGHT_6("w6", Set.of(CsvKind.TARGETS)),
    WEIGHT_7("w7", Set.of(CsvKind.TARGETS)),
    WEIGHT_8("w8", Set.of(CsvKind.TARGETS)),
    WEIGHT_9("w9", Set.of(CsvKind.TARGETS)),
    WEIGHT_10("w10", Set.of(CsvKind.TARGETS)),
    WEIGHT_11("w11", Set.of(CsvKind.TARGETS)),
    WEIGHT_12("w12", Set.of(CsvKind.TARGETS));

    private final String column;
    private final Set<CsvKind> kinds;

    ImportField(String column, Set<CsvKind> kinds) {
        this.column = column;
        this.kinds = kinds;
    }

    /** The template column it becomes; null for IGNORE. */
    public String column() {
        return column;
    }

    /** An amount of money: read with thousands separators, decimal commas and currency symbols. */
    public boolean isMoney() {
        return this == AMOUNT || this == GROSS_PROFIT || this == REVENUE || this == MIN_GROSS_PROFIT;
    }

    public boolean isDate() {
        return this == CLOSE_DATE || this == CREATED_DATE || this == CLOSED_DATE || this == ACTIVITY_DATE;
    }

    /** The fields a file of this kind can fill, IGNORE first. */
    public static List<ImportField> of(CsvKind kind) {
        return Arrays.stream(values()).filter(field -> field.kinds.contains(kind)).toList();
    }
}
