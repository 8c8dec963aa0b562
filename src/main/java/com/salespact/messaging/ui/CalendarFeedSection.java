package com.salespact.messaging.ui;

import com.salespact.base.ui.FormErrors;
import com.salespact.base.ui.UserFormats;
import com.salespact.messaging.CalendarFeedInfo;
import com.salespact.messaging.CalendarFeedService;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The person's own calendar feed: make an address to subscribe to from Google Calendar, Outlook or Apple Calendar,
 * see when it was made and last fetched, replace it (the old one stops) or revoke it. The address is shown once,
 * right after it is made: only its hash is kept, so it cannot be shown again.
 */
class CalendarFeedSection extends Composite<VerticalLayout> {

    private final CalendarFeedService feeds;
    private final ZoneId zone;
    final Paragraph status = new Paragraph();
    final Button create = new Button();
    final Button replace = new Button();
    final Button revoke = new Button();
    final TextField address = new TextField();
    final Button copy = new Button();
    final Paragraph once = new Paragraph();

    CalendarFeedSection(CalendarFeedService feeds, ZoneId zone) {
        this.feeds = feeds;
        this.zone = zone;
        VerticalLayout content = getContent();
        content.setId("calendar-feed");
        content.setPadding(false);
        Paragraph hint = new Paragraph(getTranslation("calendar-feed.hint"));
        hint.addClassName("review-hint");
        status.setId("calendar-feed-status");

        create.setText(getTranslation("calendar-feed.create"));
        create.setId("calendar-feed-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(event -> show(feeds.create()));
        replace.setText(getTranslation("calendar-feed.replace"));
        replace.setId("calendar-feed-replace");
        replace.addClickListener(event -> show(feeds.create()));
        revoke.setText(getTranslation("calendar-feed.revoke"));
        revoke.setId("calendar-feed-revoke");
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revoke.addClickListener(event -> {
            feeds.revokeMine();
            hideAddress();
            refresh();
            FormErrors.success(getTranslation("calendar-feed.revoked"));
        });

        address.setLabel(getTranslation("calendar-feed.address"));
        address.setId("calendar-feed-address");
        address.setReadOnly(true);
        address.setWidthFull();
        copy.setText(getTranslation("calendar-feed.copy"));
        copy.setId("calendar-feed-copy");
        // The address is copied in the browser (no round trip); the field stays selectable where the clipboard is shut.
        copy.addClickListener(event -> address.getElement().executeJs(
                "const v = $0; if (navigator.clipboard) { navigator.clipboard.writeText(v); } "
                        + "else { this.inputElement && this.inputElement.select(); }", address.getValue()));
        once.setText(getTranslation("calendar-feed.once"));
        once.setId("calendar-feed-once");
        HorizontalLayout addressRow = new HorizontalLayout(address, copy);
        addressRow.setWidthFull();
        addressRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        hideAddress();

        UnorderedList howTo = new UnorderedList(
                new ListItem(getTranslation("calendar-feed.howto.google")),
                new ListItem(getTranslation("calendar-feed.howto.outlook")),
                new ListItem(getTranslation("calendar-feed.howto.apple")));
        howTo.setId("calendar-feed-howto");
        content.add(new H3(getTranslation("calendar-feed.title")), hint, status,
                new HorizontalLayout(create, replace, revoke), addressRow, once, howTo);
        refresh();
    }

    private void show(String url) {
        address.setValue(url);
        address.setVisible(true);
        copy.setVisible(true);
        once.setVisible(true);
        refresh();
        FormErrors.success(getTranslation("calendar-feed.created"));
    }

    private void hideAddress() {
        address.clear();
        address.setVisible(false);
        copy.setVisible(false);
        once.setVisible(false);
    }

    void refresh() {
        Optional<CalendarFeedInfo> mine = feeds.mine();
        status.setText(mine.map(info -> getTranslation("calendar-feed.status", time(info.createdAt()),
                        info.lastFetchedAt() == null ? getTranslation("calendar-feed.never")
                                : time(info.lastFetchedAt())))
                .orElseGet(() -> getTranslation("calendar-feed.none")));
        create.setVisible(mine.isEmpty());
        replace.setVisible(mine.isPresent());
        revoke.setVisible(mine.isPresent());
    }

    private String time(Instant value) {
        return UserFormats.current().dateTime(value, zone);
    }
}
