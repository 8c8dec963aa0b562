package com.salespact.messaging.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.base.ui.KaribuTest;
import com.salespact.messaging.ChatType;
import com.salespact.messaging.Delivery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class NotificationSettingsViewTest extends KaribuTest {

    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        jdbc.update("delete from message_preference");
        jdbc.update("delete from personal_chat");
    }

    @Test
    void withAPersonalWebhookChatIsOfferedAndWithoutItNot() {
        login("rep");
        MessagingNavigation.toSettings();
        NotificationSettingsView view = _get(NotificationSettingsView.class);
        assertThat(view.form.fields.get("TARGET_CHANGED").getListDataView().getItems())
                .doesNotContain(Delivery.CHAT);
        assertThat(view.chat.current.getText()).isEqualTo("No chat webhook set.");
        assertThat(view.chat.remove.isVisible()).isFalse();

        view.chat.webhookUrl.setValue("ftp://hooks.slack.com/services/T/B/x");
        _click(view.chat.save);
        assertThat(view.chat.webhookUrl.isInvalid()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from personal_chat", Integer.class)).isZero();

        view.chat.type.setValue(ChatType.SLACK);
        view.chat.webhookUrl.setValue("https://hooks.slack.com/services/T1/B2/mySecretEnd9");
        _click(view.chat.save);
        assertThat(view.chat.current.getText()).isEqualTo("Slack: https://hooks.slack.com/…/End9");
        assertThat(view.chat.webhookUrl.getValue()).as("the secret is not shown again").isEmpty();
        assertThat(view.form.fields.get("TARGET_CHANGED").getListDataView().getItems())
                .containsExactly(Delivery.EMAIL, Delivery.CHAT, Delivery.IN_APP);
        assertThat(view.form.fields.get("TARGET_CHANGED").getValue()).as("the default kept").isEqualTo(Delivery.EMAIL);
        assertThat(view.form.fields.get("REVIEW_INVITATION").getListDataView().getItems())
                .doesNotContain(Delivery.CHAT);

        view.form.fields.get("TARGET_CHANGED").setValue(Delivery.CHAT);
        _click(view.save);
        assertThat(jdbc.queryForObject("select delivery from message_preference p join person x on x.id = p.person_id "
                + "where x.username = 'rep' and p.kind = 'TARGET_CHANGED'", String.class)).isEqualTo("CHAT");

        _click(view.chat.remove);
        assertThat(view.form.fields.get("TARGET_CHANGED").getValue()).isEqualTo(Delivery.EMAIL);
        assertThat(view.form.fields.get("TARGET_CHANGED").getListDataView().getItems()).doesNotContain(Delivery.CHAT);
        assertThat(jdbc.queryForObject("select count(*) from personal_chat", Integer.class)).isZero();
    }

    @Test
    void aRepTurnsOneKindOfMailOffAndSeesItKept() {
        login("rep");
        MessagingNavigation.toSettings();
        NotificationSettingsView view = _get(NotificationSettingsView.class);
        assertThat(view.noEmail.isVisible()).as("the rep has an address").isFalse();
        assertThat(view.form.fields.get("REVIEW_REMINDER").getLabel()).isEqualTo("Reminders of 1:1s and plan reviews");
        assertThat(view.form.fields.get("REVIEW_REMINDER").getValue()).isEqualTo(Delivery.EMAIL);
        assertThat(view.form.fields.get("FEEDBACK_SHARED").getValue()).as("the default").isEqualTo(Delivery.IN_APP);

        view.form.fields.get("REVIEW_REMINDER").setValue(Delivery.IN_APP);
        _click(view.save);
        assertThat(jdbc.queryForObject("select delivery from message_preference p join person x on x.id = p.person_id "
                + "where x.username = 'rep' and p.kind = 'REVIEW_REMINDER'", String.class)).isEqualTo("IN_APP");

        MessagingNavigation.toSettings();
        NotificationSettingsView again = _get(NotificationSettingsView.class);
        assertThat(again.form.fields.get("REVIEW_REMINDER").getValue()).isEqualTo(Delivery.IN_APP);
        assertThat(again.form.fields.get("TARGET_CHANGED").getValue()).isEqualTo(Delivery.EMAIL);
    }

    @Test
    void somebodyWithoutAnAddressIsToldWhy() {
        kept.keep("person", "username = 'lkim'");
        jdbc.update("update person set email = null where username = 'lkim'");
        login("lkim");
        MessagingNavigation.toSettings();
        assertThat(_get(NotificationSettingsView.class).noEmail.isVisible()).isTrue();
    }
}
