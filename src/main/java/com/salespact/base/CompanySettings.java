package com.salespact.base;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Company-wide settings. The fiscal year start month, currency and locale are configuration
 * ({@code salespact.fiscal-year-start-month}, {@code salespact.currency}, {@code salespact.locale}). The locale formats
 * what services write down (notifications, stored facts) and screens whose browser names no region.
 */
@ConfigurationProperties(prefix = "salespact")
public record CompanySettings(String companyName, String currency, int fiscalYearStartMonth, String locale) {

    public CompanySettings {
        companyName = companyName == null ? "SalesPact Demo Ltd" : companyName;
        currency = currency == null ? "EUR" : currency;
        fiscalYearStartMonth = fiscalYearStartMonth == 0 ? 1 : fiscalYearStartMonth;
        locale = locale == null || locale.isBlank() ? "en-GB" : locale;
    }

    /** The company's own locale, e.g. en-GB. */
    public java.util.Locale companyLocale() {
        return java.util.Locale.forLanguageTag(locale);
    }

    /**
     * A person's language for what is written for them (notifications, mails, pages they open from a mail): the one
     * they chose when SalesPact offers it, else the company's.
     * @param chosen the person's language tag ({@code Person.language}); null when they chose none
     */
    public java.util.Locale localeOf(String chosen) {
        return Languages.offered(chosen).orElse(companyLocale());
    }

    /** Formats for the company's locale and currency. */
    public Formats formats() {
        return Formats.of(companyLocale(), currency);
    }

    /**
     * Formats for a user's locale (the browser's): used as it is when it names a region ("en-US", "de-DE") or another
     * language; a bare language the company shares ("en") reads as the company's own ("en-GB").
     */
    public Formats formatsFor(java.util.Locale userLocale) {
        java.util.Locale company = companyLocale();
        boolean useCompany = userLocale == null || userLocale.getLanguage().isEmpty()
                || userLocale.getCountry().isEmpty() && userLocale.getLanguage().equals(company.getLanguage());
        return Formats.of(useCompany ? company : userLocale, currency);
    }

    /** Formats for the user being served (their language, see {@link Messages#current}), for texts a service writes. */
    public Formats userFormats() {
        java.util.Locale user = Messages.current();
        return formatsFor(user.equals(java.util.Locale.ROOT) ? null : user);
    }

    public FiscalCalendar calendar() {
        return new FiscalCalendar(fiscalYearStartMonth);
    }
}
