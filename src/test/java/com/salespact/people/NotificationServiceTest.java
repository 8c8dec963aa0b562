package com.salespact.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.SeededCompany;
import com.salespact.TestSupport;
import com.salespact.base.CompanySettings;
import com.salespact.base.Messages;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** Everybody reads and marks only their own notifications, whatever their role. */
@SpringBootTest
@ActiveProfiles("test")
class NotificationServiceTest {

    private static final String KIND = "TEST_NOTE";

    @Autowired UserDetailsService users;
    @Autowired NotificationService notifications;
    @Autowired JdbcTemplate jdbc;
    @Autowired SeededCompany company;
    @Autowired CompanySettings settings;

    @BeforeEach
    @AfterEach
    void cleanUp() {
        TestSupport.signOut();
        LocaleContextHolder.resetLocaleContext();
        jdbc.update("update person set language = null where username in ('manager', 'rep', 'lkim')");
        jdbc.update("delete from app_notification where kind = ?", KIND);
    }

    private String messageOf(long notificationId) {
        return jdbc.queryForObject("select message from app_notification where id = ?", String.class, notificationId);
    }

    /** A real notification text with a date in it, rendered as a caller renders it (language and formats of "now"). */
    private String questionText() {
        return Messages.text("commission.notify.question", "Ravi Patel", "Acme renewal",
                settings.userFormats().date(LocalDate.of(2026, 11, 18)), "Why?");
    }

    @Test
    void theMessageIsWrittenInTheRecipientsLanguageNotTheSendersAndTheSendersIsPutBack() {
        jdbc.update("update person set language = 'de' where username = 'manager'");
        jdbc.update("update person set language = 'en' where username = 'rep'");
        jdbc.update("update person set language = 'de' where username = 'lkim'");
        TestSupport.signIn(users, "manager");
        LocaleContextHolder.setLocale(Locale.GERMANY); // the German manager's request, as UserLanguage sets it

        long toEnglish = notifications.notify(company.personId("rep"), KIND, this::questionText, null);
        long toGerman = notifications.notify(company.personId("lkim"), KIND, this::questionText, null);

        assertThat(messageOf(toEnglish)).isEqualTo("Ravi Patel questions the commission on Acme renewal"
                + " (won 18 Nov 2026): Why?");
        String germanDate = settings.formatsFor(Locale.GERMAN).date(LocalDate.of(2026, 11, 18));
        assertThat(germanDate).isNotEqualTo("18 Nov 2026");
        assertThat(messageOf(toGerman)).isEqualTo("Ravi Patel hat eine Frage zur Provision für Acme renewal"
                + " (gewonnen " + germanDate + "): Why?");
        assertThat(Messages.current()).as("the manager's request speaks German again").isEqualTo(Locale.GERMANY);
    }

    @Test
    void aRecipientWithoutAChosenLanguageIsWrittenToInTheCompanysLanguage() {
        assertThat(settings.companyLocale().getLanguage()).isEqualTo("en");
        jdbc.update("update person set language = 'de' where username = 'manager'");
        TestSupport.signIn(users, "manager");
        LocaleContextHolder.setLocale(Locale.GERMAN);

        long id = notifications.notify(company.personId("rep"), KIND, this::questionText, null);

        assertThat(messageOf(id)).isEqualTo("Ravi Patel questions the commission on Acme renewal"
                + " (won 18 Nov 2026): Why?");
        assertThat(Messages.current()).isEqualTo(Locale.GERMAN);
    }

    @Test
    void outsideARequestTheRecipientsLanguageStillCountsAndNoLanguageIsLeftBehind() {
        jdbc.update("update person set language = 'de' where username = 'rep'");
        TestSupport.signIn(users, "admin");

        long id = notifications.notify(company.personId("rep"), KIND,
                () -> Messages.text("feedback.notify.shared.praise", "Lena Kim"), null);

        assertThat(messageOf(id)).isEqualTo("Lena Kim hat ein Lob mit Ihnen geteilt");
        assertThat(LocaleContextHolder.getLocaleContext()).as("a job's thread keeps no locale").isNull();
    }

    private static long ours(java.util.List<NotificationLine> lines) {
        return lines.stream().filter(line -> line.kind().equals(KIND)).count();
    }

    @Test
    void onlyTheRecipientSeesAndMarksANotification() {
        long rep = company.personId("rep");
        TestSupport.signIn(users, "manager");
        long id = notifications.notify(rep, KIND, () -> "Your pact is ready to sign", "pact");
        assertThat(ours(notifications.unread())).isZero();
        assertThat(ours(notifications.recent())).isZero();
        assertThatThrownBy(() -> notifications.markRead(id)).isInstanceOf(AccessDeniedException.class);

        TestSupport.signIn(users, "admin");
        assertThat(ours(notifications.unread())).isZero();

        TestSupport.signIn(users, "rep");
        long before = notifications.unreadCount();
        assertThat(notifications.unread()).filteredOn(line -> line.kind().equals(KIND)).singleElement()
                .satisfies(line -> {
                    assertThat(line.message()).isEqualTo("Your pact is ready to sign");
                    assertThat(line.link()).isEqualTo("pact");
                    assertThat(line.read()).isFalse();
                });
        notifications.markRead(id);
        assertThat(notifications.unreadCount()).isEqualTo(before - 1);
        assertThat(ours(notifications.unread())).isZero();
        assertThat(notifications.recent()).filteredOn(line -> line.id() == id).singleElement()
                .satisfies(line -> assertThat(line.read()).isTrue());
    }

    @Test
    void markAllReadTouchesOnlyOwnNotifications() {
        long rep = company.personId("rep");
        long manager = company.personId("manager");
        TestSupport.signIn(users, "admin");
        notifications.notify(rep, KIND, () -> "One", null);
        notifications.notify(rep, KIND, () -> "Two", null);
        notifications.notify(manager, KIND, () -> "For the manager", null);

        TestSupport.signIn(users, "rep");
        assertThat(ours(notifications.unread())).isEqualTo(2);
        notifications.markAllRead();
        assertThat(notifications.unreadCount()).isZero();

        TestSupport.signIn(users, "manager");
        assertThat(ours(notifications.unread())).isEqualTo(1);
    }

    @Test
    void nobodySignedInGetsNothing() {
        assertThatThrownBy(() -> notifications.unread())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
