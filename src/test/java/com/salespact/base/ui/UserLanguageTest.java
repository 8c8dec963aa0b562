package com.salespact.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.salespact.base.CompanySettings;
import com.salespact.base.Languages;
import com.vaadin.flow.server.VaadinRequest;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A page reads as its person chose, or as the browser asks (Accept-Language) when they chose nothing, not as the
 * server's default locale would.
 */
class UserLanguageTest {

    private static final CompanySettings COMPANY = new CompanySettings("X", "EUR", 1, "en-GB");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);

    @Test
    void aGermanBrowserReadsGermanDatesAndAnAmericanOneAmericanDates() {
        assertThat(COMPANY.formatsFor(UserLanguage.pageLocale(browser("de-DE,de;q=0.9", Locale.GERMANY), ""))
                .date(DAY)).isEqualTo("4. Dez. 2026");
        assertThat(COMPANY.formatsFor(UserLanguage.pageLocale(browser("en-US,en;q=0.9", Locale.US), ""))
                .date(DAY)).isEqualTo("Dec 4, 2026");
    }

    @Test
    void aChosenLanguageWinsOverTheBrowsersAndKeepsTheBrowsersCountryWhenItSpeaksIt() {
        assertThat(UserLanguage.pageLocale(browser("en-GB,en;q=0.9", Locale.UK), "de")).isEqualTo(Locale.GERMAN);
        assertThat(UserLanguage.pageLocale(browser("de-AT,de;q=0.9", Locale.forLanguageTag("de-AT")), "de"))
                .isEqualTo(Locale.forLanguageTag("de-AT"));
        assertThat(UserLanguage.pageLocale(browser("de-DE", Locale.GERMANY), "en")).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.offered("fr")).isEmpty();
        assertThat(UserLanguage.pageLocale(browser("fr-FR", Locale.FRANCE), "fr")).as("a language not offered")
                .isEqualTo(Locale.FRANCE);
    }

    @Test
    void aRequestWithoutALanguageLeavesThePageToTheCompanysLocale() {
        assertThat(UserLanguage.browser(browser(null, Locale.getDefault()))).isEmpty();
        assertThat(UserLanguage.browser(null)).isEmpty();
        assertThat(UserLanguage.pageLocale(null, "")).isNull();
    }

    private static VaadinRequest browser(String acceptLanguage, Locale locale) {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getHeader("Accept-Language")).thenReturn(acceptLanguage);
        when(request.getLocale()).thenReturn(locale);
        return request;
    }
}
