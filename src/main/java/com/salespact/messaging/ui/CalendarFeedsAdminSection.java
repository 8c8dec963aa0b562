package com.salespact.messaging.ui;

import com.salespact.base.ui.FormErrors;
import com.salespact.base.ui.UserFormats;
import com.salespact.messaging.CalendarFeedInfo;
import com.salespact.messaging.CalendarFeedService;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Instant;
import java.time.ZoneId;

/** Admin: everybody's active calendar feeds (who, made, last fetched) and a revoke that stops one at once. */
class CalendarFeedsAdminSection extends Composite<VerticalLayout> {

    private final CalendarFeedService feeds;
    private final ZoneId zone;
    final Grid<CalendarFeedInfo> grid = new Grid<>();

    CalendarFeedsAdminSection(CalendarFeedService feeds, ZoneId zone) {
        this.feeds = feeds;
        this.zone = zone;
        VerticalLayout content = getContent();
        content.setId("calendar-feeds-admin");
        content.setPadding(false);
        grid.setId("calendar-feeds-grid");
        grid.addColumn(CalendarFeedInfo::personName).setHeader(getTranslation("calendar-feed.admin.person"))
                .setFlexGrow(2);
        grid.addColumn(info -> time(info.createdAt())).setHeader(getTranslation("calendar-feed.admin.created"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(info -> info.lastFetchedAt() == null ? getTranslation("calendar-feed.never")
                : time(info.lastFetchedAt())).setHeader(getTranslation("calendar-feed.admin.fetched"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::revokeButton).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        Paragraph hint = new Paragraph(getTranslation("calendar-feed.admin.hint"));
        hint.addClassName("review-hint");
        content.add(new H3(getTranslation("calendar-feed.admin.title")), hint, grid);
        refresh();
    }

    private Button revokeButton(CalendarFeedInfo info) {
        Button revoke = new Button(getTranslation("calendar-feed.revoke"), event -> {
            feeds.revoke(info.id());
            refresh();
            FormErrors.success(getTranslation("calendar-feed.admin.revoked", info.personName()));
        });
        revoke.setId("revoke-feed-" + info.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        return revoke;
    }

    void refresh() {
        grid.setItems(feeds.all());
    }

    private String time(Instant value) {
        return UserFormats.current().dateTime(value, zone);
    }
}
