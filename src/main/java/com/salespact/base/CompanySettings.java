package com.salespact.base;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Company-wide settings. The fiscal year start month and currency are configuration
 * ({@code salespact.fiscal-year-start-month}, {@code salespact.currency}).
 */
@ConfigurationProperties(prefix = "salespact")
public record CompanySettings(String companyName, String currency, int fiscalYearStartMonth) {

    public CompanySettings {
        companyName = companyName == null ? "SalesPact Demo Ltd" : companyName;
        currency = currency == null ? "EUR" : currency;
        fiscalYearStartMonth = fiscalYearStartMonth == 0 ? 1 : fiscalYearStartMonth;
    }

    public FiscalCalendar calendar() {
        return new FiscalCalendar(fiscalYearStartMonth);
    }
}
