package com.salespact.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.TestSupport;
import com.salespact.base.Messages;
import com.salespact.messaging.Delivery;
import com.salespact.messaging.MessageKinds;
import com.salespact.messaging.PreferenceLine;
import com.salespact.messaging.PreferenceService;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Somebody waits for approval after a first company sign-in (over real HTTP against the provider in this JVM): every
 * active admin sees it in the bell, and it is a messaging kind of its own, so an admin who kept e-mail on also gets a
 * mail linking to the people screen, and one who switched it off on the settings page gets none.
 */
class CompanySignInWaitingMailTest extends CompanySignInContext {

    private static final String KIND = "SIGN_IN_WAITING";

    @Autowired SignInSettings settings;
    @Autowired PreferenceService preferences;
    @Autowired UserDetailsService users;

    @BeforeEach
    void aSecondAdminAndNewcomersWaiting() {
        settings.getOidc().setNewPeople(SignInSettings.NewPeople.APPROVE);
        jdbc.update("update person set role = 'ADMIN', rep_style = null where username = 'ohughes'");
        jdbc.update("delete from outbox_message");
    }

    @AfterEach
    void defaults() {
        TestSupport.signOut();
        settings.getOidc().setNewPeople(SignInSettings.NewPeople.CREATE);
        jdbc.update("update person set role = 'REP', rep_style = 'FARMER' where username = 'ohughes'");
        jdbc.update("delete from message_preference");
    }

    @Test
    void anAdminWhoKeptEmailOnIsMailedWithALinkToThePeopleScreenOneWhoSwitchedItOffIsNot() throws Exception {
        TestSupport.signIn(users, "ohughes");
        preferences.save(Map.of(KIND, Delivery.IN_APP));
        TestSupport.signOut();

        assertThat(signIn("sub-walter", Map.of("email", "walter@contoso.example", "name", "Walter Wait",
                "groups", List.of("sales-managers")))).isEqualTo("/sign-in/waiting");

        long ada = personId("admin");
        long oliver = personId("ohughes");
        assertThat(jdbc.queryForList("select person_id from app_notification where kind = ? and message like ?",
                Long.class, KIND, "%Walter Wait%")).as("both see it in the bell").containsExactlyInAnyOrder(ada, oliver);
        assertThat(jdbc.queryForList("select * from outbox_message where kind = ?", KIND)).singleElement()
                .satisfies(mail -> {
                    assertThat(mail).containsEntry("RECIPIENT_ID", ada).containsEntry("CHANNEL", "MAIL")
                            .containsEntry("RECIPIENT_ADDRESS", emailOf("admin"))
                            .containsEntry("SUBJECT", "Somebody waits for your approval in SalesPact");
                    assertThat((String) mail.get("BODY_TEXT")).contains("Walter Wait (walter@contoso.example)");
                    assertThat((String) mail.get("LINK")).endsWith("/admin/people");
                    assertThat((String) mail.get("BODY_HTML")).contains("/admin/people\"");
                });
    }

    @Test
    void theSettingsPageListsTheKindInBothLanguagesForAdminsOnly() {
        TestSupport.signIn(users, "admin");
        assertThat(preferences.mine()).filteredOn(line -> line.kind().equals(KIND)).singleElement()
                .satisfies(line -> assertThat(line.delivery()).as("e-mail unless switched off")
                        .isEqualTo(Delivery.EMAIL));
        assertThat(Messages.text(Locale.ENGLISH, MessageKinds.labelKey(KIND)))
                .isEqualTo("People waiting for approval after their first company sign-in");
        assertThat(Messages.text(Locale.GERMAN, MessageKinds.labelKey(KIND)))
                .isEqualTo("Personen, die nach ihrer ersten Firmenanmeldung auf Freigabe warten");

        TestSupport.signIn(users, "rep");
        assertThat(preferences.mine()).extracting(PreferenceLine::kind).doesNotContain(KIND)
                .contains("TARGET_CHANGED");
    }
}
