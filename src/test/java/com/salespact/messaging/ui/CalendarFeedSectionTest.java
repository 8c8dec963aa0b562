package com.salespact.messaging.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.salespact.base.ui.KaribuTest;
import com.salespact.messaging.CalendarFeedInfo;
import com.salespact.messaging.CalendarFeedService;
import com.salespact.security.SecretTokens;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The calendar feed on the notification settings: make, see once, replace, revoke; an admin's list of everybody's. */
class CalendarFeedSectionTest extends KaribuTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired CalendarFeedService feeds;

    @BeforeEach
    void keepFeeds() {
        kept.addedTo("calendar_feed");
    }

    private static String token(String url) {
        return url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
    }

    private String storedHash(String username) {
        return jdbc.queryForObject("select f.token_hash from calendar_feed f join person p on p.id = f.person_id "
                + "where p.username = ? and f.revoked_at is null", String.class, username);
    }

    @Test
    void aRepMakesAnAddressSeesItOnceReplacesItAndRevokesIt() {
        login("rep");
        MessagingNavigation.toSettings();
        CalendarFeedSection section = _get(NotificationSettingsView.class).calendarFeed;
        assertThat(section.status.getText()).isEqualTo("You have no calendar address yet.");
        assertThat(section.create.isVisible()).isTrue();
        assertThat(section.replace.isVisible()).isFalse();
        assertThat(section.revoke.isVisible()).isFalse();
        assertThat(section.address.isVisible()).isFalse();
        assertThat(_get(NotificationSettingsView.class).calendarFeeds).as("not an admin").isNull();

        _click(section.create);
        String first = section.address.getValue();
        assertThat(first).matches("http://localhost:8080/calendar/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(storedHash("rep")).isEqualTo(SecretTokens.hash(token(first)));
        assertThat(section.address.isVisible()).isTrue();
        assertThat(section.copy.isVisible()).isTrue();
        assertThat(section.once.getText()).startsWith("Copy it now: it is shown only this once.");
        assertThat(section.status.getText()).startsWith("Address made ").endsWith("Last fetched by a calendar app: never.");
        assertThat(section.create.isVisible()).isFalse();
        assertThat(section.replace.isVisible()).isTrue();

        // Back on the page later: the address cannot be shown again, only that there is one.
        UI.getCurrent().getPage().reload();
        section = _get(NotificationSettingsView.class).calendarFeed;
        assertThat(section.address.isVisible()).isFalse();
        assertThat(section.address.getValue()).isEmpty();
        assertThat(section.replace.isVisible()).isTrue();
        assertThat(feeds.open(token(first))).isPresent();

        _click(section.replace);
        String second = section.address.getValue();
        assertThat(second).isNotEqualTo(first);
        assertThat(feeds.open(token(first))).as("the old address stops").isEmpty();
        assertThat(section.status.getText()).as("a new address").endsWith("never.");
        assertThat(feeds.open(token(second))).isPresent();
        UI.getCurrent().getPage().reload();
        section = _get(NotificationSettingsView.class).calendarFeed;
        assertThat(section.status.getText()).as("fetched by a calendar app just now").doesNotEndWith("never.");

        _click(section.revoke);
        assertThat(feeds.open(token(second))).isEmpty();
        assertThat(section.address.isVisible()).isFalse();
        assertThat(section.status.getText()).isEqualTo("You have no calendar address yet.");
        assertThat(section.create.isVisible()).isTrue();
    }

    @Test
    void anAdminSeesEverybodysFeedsAndRevokesOne() {
        login("rep");
        MessagingNavigation.toSettings();
        CalendarFeedSection repSection = _get(NotificationSettingsView.class).calendarFeed;
        _click(repSection.create);
        String repToken = token(repSection.address.getValue());

        login("admin");
        MessagingNavigation.toSettings();
        CalendarFeedsAdminSection admin = _get(NotificationSettingsView.class).calendarFeeds;
        assertThat(admin).isNotNull();
        List<CalendarFeedInfo> rows = GridKt._fetch(admin.grid, 0, 100);
        CalendarFeedInfo repRow = rows.stream().filter(info -> info.personId() == company.personId("rep"))
                .findFirst().orElseThrow();
        assertThat(repRow.personName()).isEqualTo(company.fullName("rep"));

        Button revoke = (Button) GridKt._getCellComponent(admin.grid, rows.indexOf(repRow), "actions");
        assertThat(revoke.getId()).contains("revoke-feed-" + repRow.id());
        _click(revoke);
        assertThat(feeds.open(repToken)).isEmpty();
        assertThat(GridKt._fetch(admin.grid, 0, 100)).extracting(CalendarFeedInfo::id).doesNotContain(repRow.id());
    }
}
