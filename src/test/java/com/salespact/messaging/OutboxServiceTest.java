package com.salespact.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.SeededCompany;
import com.salespact.TestSupport;
import com.salespact.base.Messages;
import com.salespact.base.RuleViolation;
import com.salespact.people.NotificationService;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * The outbox and preferences on the shared test database, where no mail server is configured (as on a fresh
 * install): mails wait with the reason shown, and the services keep each person to their own.
 */
@SpringBootTest
@ActiveProfiles("test")
class OutboxServiceTest {

    private static final String KIND = "TARGET_CHANGED";

    @Autowired NotificationService notifications;
    @Autowired OutboxService outbox;
    @Autowired OutboxWorker worker;
    @Autowired PreferenceService preferences;
    @Autowired UnsubscribeTokens tokens;
    @Autowired UserDetailsService users;
    @Autowired SeededCompany company;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void cleanUp() {
        TestSupport.signOut();
        LocaleContextHolder.resetLocaleContext();
        jdbc.update("update person set language = null where username in ('manager', 'rep', 'lkim')");
        jdbc.update("delete from outbox_message");
        jdbc.update("delete from message_preference");
    }

    private int rows(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    @Test
    void withoutAMailServerAMailWaitsWithTheReasonAndNothingIsLost() {
        long rep = company.personId("rep");
        TestSupport.signIn(users, "manager");
        notifications.notify(rep, KIND, () -> "Your target for FY 2026 changed", "targets?year=2026");
        assertThat(rows("select count(*) from outbox_message where recipient_id = ? and status = 'QUEUED'", rep))
                .isEqualTo(1);

        assertThat(worker.deliverDue()).isZero();
        TestSupport.signIn(users, "admin");
        assertThat(outbox.page(OutboxStatus.QUEUED, 0, 10)).singleElement().satisfies(line -> {
            assertThat(line.lastError()).isEqualTo(OutboxWorker.NO_MAIL_SERVER);
            assertThat(line.attempts()).as("no attempt without a server").isZero();
            assertThat(line.subject()).isEqualTo("Your target changed");
            assertThat(line.recipientName()).isEqualTo("Ravi Patel");
        });
        assertThat(outbox.count(OutboxStatus.SENT)).isZero();
        assertThat(outbox.preview(outbox.page(null, 0, 1).getFirst().id()))
                .contains("href=\"http://localhost:8080/targets?year=2026\"").doesNotContain("<script");
    }

    @Test
    void theMailSpeaksTheRecipientsLanguageBodyIncludedWhateverTheSendersLanguage() {
        jdbc.update("update person set language = 'en' where username = 'manager'");
        jdbc.update("update person set language = 'de' where username = 'lkim'");
        TestSupport.signIn(users, "manager");
        LocaleContextHolder.setLocale(Locale.ENGLISH); // the English manager's request
        notifications.notify(company.personId("lkim"), "PACT_PROPOSED", () -> Messages.text("pact.notify.proposed", "3"),
                "pacts");
        assertThat(Messages.text("pact.notify.proposed", "3")).as("the sender's own language is English")
                .startsWith("Your sales pact");

        Map<String, Object> mail = jdbc.queryForMap("select subject, body_text, body_html from outbox_message"
                + " where recipient_id = ?", company.personId("lkim"));
        assertThat(mail.get("SUBJECT")).isEqualTo("Ihre Vertriebsvereinbarung ist bereit zur Unterschrift");
        assertThat((String) mail.get("BODY_TEXT")).contains("Guten Tag Lena Kim,")
                .contains("Ihre Vertriebsvereinbarung (Version 3) ist bereit: Lesen und unterschreiben Sie sie.")
                .doesNotContain("Your sales pact");
        assertThat((String) mail.get("BODY_HTML")).contains("lang=\"de\"").contains("Ihre Vertriebsvereinbarung (Version 3)");
    }

    @Test
    void aPersonWithoutAddressOrWhoChoseTheAppGetsNoMail() {
        long rep = company.personId("rep");
        TestSupport.signIn(users, "rep");
        preferences.save(Map.of(KIND, Delivery.IN_APP));
        assertThat(preferences.mine()).filteredOn(line -> line.kind().equals(KIND)).singleElement()
                .satisfies(line -> assertThat(line.delivery()).isEqualTo(Delivery.IN_APP));
        notifications.notify(rep, KIND, () -> "Changed", null);
        notifications.notify(rep, "FEEDBACK_SHARED", () -> "Praise", null); // in the app only by default
        notifications.notify(rep, "SOMETHING_NEW", () -> "A kind messaging does not know", null);
        assertThat(rows("select count(*) from outbox_message")).isZero();
        notifications.notify(rep, "PACT_PROPOSED", () -> "Your pact is ready", "pacts");
        assertThat(rows("select count(*) from outbox_message")).isEqualTo(1);
    }

    @Test
    void onlyAdminsReadTheOutboxAndRetry() {
        TestSupport.signIn(users, "manager");
        notifications.notify(company.personId("rep"), KIND, () -> "Changed", null);
        long id = jdbc.queryForObject("select id from outbox_message", Long.class);
        for (String username : new String[] {"rep", "manager"}) {
            TestSupport.signIn(users, username);
            assertThatThrownBy(() -> outbox.page(null, 0, 10)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> outbox.count(null)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> outbox.preview(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> outbox.retryNow(id)).isInstanceOf(AccessDeniedException.class);
        }
        TestSupport.signIn(users, "admin");
        jdbc.update("update outbox_message set status = 'FAILED', attempts = 8, last_error = '550 no such user'");
        outbox.retryNow(id);
        assertThat(outbox.page(null, 0, 10)).singleElement().satisfies(line -> {
            assertThat(line.status()).isEqualTo(OutboxStatus.QUEUED);
            assertThat(line.attempts()).isZero();
        });
        jdbc.update("update outbox_message set status = 'SENT'");
        assertThatThrownBy(() -> outbox.retryNow(id)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void everybodyReadsOnlyTheirOwnPreferences() {
        long rep = company.personId("rep");
        long colleague = company.personId("lkim");
        TestSupport.signIn(users, "rep");
        assertThat(preferences.of(rep)).hasSize(MessageKinds.all().size());
        assertThatThrownBy(() -> preferences.of(colleague)).isInstanceOf(AccessDeniedException.class);
        TestSupport.signIn(users, "manager");
        assertThatThrownBy(() -> preferences.of(rep)).as("not even the manager").isInstanceOf(AccessDeniedException.class);
        TestSupport.signIn(users, "admin");
        assertThat(preferences.of(rep)).extracting(PreferenceLine::delivery).contains(Delivery.EMAIL);
        TestSupport.signIn(users, "rep");
        assertThatThrownBy(() -> preferences.save(Map.of("NO_SUCH_KIND", Delivery.EMAIL)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnsubscribeTokenIsForOnePersonAndOneKindAndCannotBeAltered() {
        long rep = company.personId("rep");
        long colleague = company.personId("lkim");
        String token = tokens.token(rep, KIND);
        assertThat(preferences.unsubscribe(token.replace(rep + ".", colleague + "."))).isEmpty();
        assertThat(preferences.unsubscribe(token.replace(KIND, "PACT_PROPOSED"))).isEmpty();
        assertThat(preferences.unsubscribe(token + "x")).isEmpty();
        assertThat(preferences.unsubscribe(null)).isEmpty();
        assertThat(rows("select count(*) from message_preference")).isZero();

        assertThat(preferences.unsubscribe(token)).hasValueSatisfying(done -> assertThat(done.kind()).isEqualTo(KIND));
        assertThat(rows("select count(*) from message_preference where person_id = ? and kind = ? and delivery = 'IN_APP'",
                rep, KIND)).isEqualTo(1);
        assertThat(rows("select count(*) from message_preference")).isEqualTo(1);
        assertThat(preferences.unsubscribe(token)).as("twice is harmless").isPresent();
    }
}
