package com.salespact.messaging.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.salespact.base.ui.AccessDeniedView;
import com.salespact.base.ui.KaribuTest;
import com.salespact.messaging.OutboxLine;
import com.salespact.messaging.OutboxStatus;
import com.salespact.people.NotificationService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class OutboxViewTest extends KaribuTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired NotificationService notifications;

    @BeforeEach
    @AfterEach
    void cleanUp() {
        jdbc.update("delete from outbox_message");
    }

    private static List<OutboxLine> rows(OutboxView view) {
        return GridKt._fetch(view.grid, 0, 100);
    }

    @Test
    void anAdminSeesWhatWaitsAndWhyFiltersPreviewsAndRetries() {
        login("admin");
        notifications.notify(company.personId("rep"), "TARGET_CHANGED", () -> "Your target changed", "targets?year=2026");
        notifications.notify(company.personId("lkim"), "PACT_PROPOSED", () -> "Your pact is ready", "pacts");
        jdbc.update("update outbox_message set status = 'FAILED', attempts = 8, "
                + "last_error = '550 5.1.1 User unknown' where kind = 'PACT_PROPOSED'");
        jdbc.update("update outbox_message set last_error = 'messaging.error.no-mail-server' where status = 'QUEUED'");

        UI.getCurrent().navigate(OutboxView.class);
        OutboxView view = _get(OutboxView.class);
        assertThat(rows(view)).hasSize(2);
        String queuedReason = GridKt._getFormatted(view.grid, rows(view).stream().map(OutboxLine::status).toList()
                .indexOf(OutboxStatus.QUEUED), "reason");
        assertThat(queuedReason).startsWith("No mail server configured");

        view.status.setValue(OutboxStatus.FAILED);
        assertThat(rows(view)).singleElement().satisfies(line -> {
            assertThat(line.lastError()).isEqualTo("550 5.1.1 User unknown");
            assertThat(line.recipientName()).isEqualTo("Lena Kim");
            assertThat(line.subject()).isEqualTo("Your sales pact is ready to sign");
        });
        OutboxLine failed = rows(view).getFirst();

        _click(action(view, 0));
        IFrame frame = _get(IFrame.class, spec -> spec.withId("outbox-preview-frame"));
        assertThat(frame.getSrcdoc().orElseThrow()).contains("Your pact is ready").contains("Hello Lena Kim,");
        assertThat(frame.getElement().getAttribute("sandbox")).isNotNull();
        view.preview.close();

        Button retry = action(view, 1);
        assertThat(retry.getText()).isEqualTo("Retry now");
        _click(retry);
        assertThat(rows(view)).as("no longer failed").isEmpty();
        view.status.setValue(OutboxStatus.QUEUED);
        assertThat(rows(view)).extracting(OutboxLine::id).contains(failed.id());
        view.status.setValue(OutboxStatus.SENT);
        assertThat(rows(view)).isEmpty();
    }

    /** The first row's action: 0 preview, 1 retry. */
    private static Button action(OutboxView view, int index) {
        HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(view.grid, 0, "actions");
        return (Button) actions.getComponentAt(index);
    }

    @Test
    void onlyAnAdminOpensIt() {
        login("manager");
        UI.getCurrent().navigate(MessagingNavigation.OUTBOX_ROUTE);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(_find(OutboxView.class)).isEmpty();
    }
}
