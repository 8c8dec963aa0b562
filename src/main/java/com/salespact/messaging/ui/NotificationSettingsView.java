package com.salespact.messaging.ui;

import com.salespact.base.ui.FormErrors;
import com.salespact.messaging.CalendarFeedService;
import com.salespact.messaging.MessagingLinks;
import com.salespact.messaging.PreferenceService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;

/**
 * Everybody's own choice, per kind of message, of e-mail, their own chat (once they set a webhook) or the bell alone;
 * and their calendar feed.
 */
@Route(MessagingLinks.SETTINGS_ROUTE)
@Menu(order = 98, icon = "BELL", title = "messaging.settings.nav")
@PermitAll
public class NotificationSettingsView extends VerticalLayout implements HasDynamicTitle {

    PreferencesForm form;
    final Button save = new Button();
    final Paragraph noEmail = new Paragraph();
    final PersonalChatSection chat;
    private final PreferenceService preferences;

    final CalendarFeedSection calendarFeed;
    CalendarFeedsAdminSection calendarFeeds;

    public NotificationSettingsView(PreferenceService preferences, CalendarFeedService feeds, Clock clock) {
        this.preferences = preferences;
        setId("notification-settings-view");
        Paragraph hint = new Paragraph(getTranslation("messaging.settings.hint"));
        hint.addClassName("review-hint");
        noEmail.setText(getTranslation("messaging.settings.no-email"));
        noEmail.setId("no-email");
        noEmail.setVisible(!preferences.haveEmail());
        form = new PreferencesForm(preferences.mine());
        save.setText(getTranslation("messaging.settings.save"));
        save.setId("save-preferences");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> {
            form.read(preferences.save(form.write()));
            FormErrors.success(getTranslation("messaging.settings.saved"));
        });
        chat = new PersonalChatSection(preferences, this::rebuildForm);
        add(hint, noEmail, form, save, chat);
        calendarFeed = new CalendarFeedSection(feeds, clock.getZone());
        add(calendarFeed);
        if (feeds.seesAll()) {
            calendarFeeds = new CalendarFeedsAdminSection(feeds, clock.getZone());
            add(calendarFeeds);
        }
    }

    /** The choices per kind change with the webhook (chat offered or not): the form is built anew, saved choices kept. */
    private void rebuildForm() {
        PreferencesForm rebuilt = new PreferencesForm(preferences.mine());
        replace(form, rebuilt);
        form = rebuilt;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.notification-settings");
    }
}
