package com.salespact.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.salespact.base.CompanySettings;
import com.vaadin.flow.server.VaadinRequest;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A page reads dates as its browser asks (Accept-Language), not as the server's default locale would. */
class BrowserLocaleTest {

    private static final CompanySettings COMPANY = new CompanySettings("X", "EUR", 1, "en-GB");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);

    @Test
    void aGermanBrowserReadsGermanDatesAndAnAmericanOneAmericanDates() {
        assertThat(COMPANY.formatsFor(BrowserLocale.of(browser("de-DE,de;q=0.9", Locale.GERMANY)).orElseThrow())
                .date(DAY)).isEqualTo("4. Dez. 2026");
        assertThat(COMPANY.formatsFor(BrowserLocale.of(browser("en-US,en;q=0.9", Locale.US)).orElseThrow())
                .date(DAY)).isEqualTo("Dec 4, 2026");
    }

    @Test
    void aRequestWithoutALanguageLeavesThePageToTheCompanysLocale() {
        assertThat(BrowserLocale.of(browser(null, Locale.getDefault()))).isEmpty();
        assertThat(BrowserLocale.of(null)).isEmpty();
    }

    private static VaadinRequest browser(String acceptLanguage, Locale locale) {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getHeader("Accept-Language")).thenReturn(acceptLanguage);
        when(request.getLocale()).thenReturn(locale);
        return request;
    }
}
