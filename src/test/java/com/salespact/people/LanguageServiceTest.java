package com.salespact.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.KeptRows;
import com.salespact.SeededCompany;
import com.salespact.TestSupport;
import com.salespact.base.RuleViolation;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** Each person keeps their own language, and a refusal speaks the language of the request that caused it. */
@SpringBootTest
@ActiveProfiles("test")
class LanguageServiceTest {

    @Autowired UserDetailsService users;
    @Autowired LanguageService languages;
    @Autowired JdbcTemplate jdbc;
    @Autowired SeededCompany company;
    private KeptRows kept;

    @BeforeEach
    void keep() {
        kept = new KeptRows(jdbc).keep("person", "username in ('rep', 'manager')");
    }

    @AfterEach
    void restore() {
        LocaleContextHolder.resetLocaleContext();
        TestSupport.signOut();
        kept.restore();
    }

    @Test
    void aPersonChoosesOnlyTheirOwnLanguageAndBlankFollowsTheBrowserAgain() {
        TestSupport.signIn(users, "rep");
        assertThat(languages.mine()).contains("");
        languages.chooseMine("de-AT");
        assertThat(languages.mine()).contains("de");
        assertThat(company.languageOf("rep")).isEqualTo("de");
        assertThat(company.languageOf("manager")).as("nobody else's").isNull();
        languages.chooseMine(" ");
        assertThat(company.languageOf("rep")).isNull();
        TestSupport.signOut();
        assertThat(languages.mine()).as("nobody signed in").isEmpty();
    }

    @Test
    void aLanguageSalesPactDoesNotSpeakIsRefusedInTheLanguageOfTheRequest() {
        TestSupport.signIn(users, "rep");
        assertThatThrownBy(() -> languages.chooseMine("fr")).isInstanceOf(RuleViolation.class)
                .hasMessage("SalesPact does not speak \u201cfr\u201d");
        LocaleContextHolder.setLocale(Locale.GERMANY);
        assertThatThrownBy(() -> languages.chooseMine("fr")).isInstanceOf(RuleViolation.class)
                .hasMessage("SalesPact spricht \u201efr\u201c nicht");
        assertThat(company.languageOf("rep")).isNull();
    }
}
