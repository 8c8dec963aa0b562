package com.salespact.people.ui;

import com.salespact.base.Formats;
import com.salespact.base.ui.UserFormats;
import com.salespact.people.NotificationLine;
import com.salespact.people.NotificationService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.QueryParameters;
import java.time.ZoneId;
import java.util.List;

/**
 * The bell in the shell: a badge with the number of unread notifications and, on tap, the latest ones. Tapping one
 * marks it read and opens its link. Refreshes on every navigation, when opened, and live when one arrives.
 */
class NotificationBell extends Div implements AfterNavigationObserver {

    private final NotificationService notifications;
    private final ZoneId zone;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span count = new Span();
    private final Popover popover = new Popover();
    private final Div list = new Div();
    private final Button markAll = new Button();

    NotificationBell(NotificationService notifications, ZoneId zone) {
        this.notifications = notifications;
        this.zone = zone;
        setId("notification-bell");
        addClassName("notification-bell");
        getElement().setAttribute("slot", "navbar");

        bell.setId("notification-button");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        bell.setMinWidth("44px");
        bell.setMinHeight("44px");
        count.setId("notification-count");
        list.setId("notification-list"); // styles in salespact.css: inline styles would be kept per user
        markAll.setId("notification-mark-all");
        markAll.setText(getTranslation("notifications.mark-all"));
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        markAll.setMinHeight("44px");
        markAll.addClickListener(event -> {
            notifications.markAllRead();
            refresh();
        });
        H4 title = new H4(getTranslation("notifications.title"));
        Div header = new Div(title, markAll);
        header.addClassName("notification-header");

        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setWidth("min(24em, 92vw)");
        popover.setAriaLabel(getTranslation("notifications.title"));
        popover.add(header, list);
        popover.addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                refresh();
            } else {
                list.removeAll(); // built again on the next open: a closed bell holds no items
            }
        });
        add(bell, count, popover);
        refresh();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    /** Reads the count again, and the list when it is open (a closed bell holds no items, see the constructor). */
    void refresh() {
        long unread = notifications.unreadCount();
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        bell.setAriaLabel(getTranslation("notifications.open", unread));
        markAll.setEnabled(unread > 0);
        if (popover.isOpened()) {
            showList();
        }
    }

    private void showList() {
        list.removeAll();
        List<NotificationLine> recent = notifications.recent();
        if (recent.isEmpty()) {
            list.add(new Paragraph(getTranslation("notifications.empty")));
        }
        Formats formats = UserFormats.current();
        recent.forEach(line -> list.add(item(line, formats)));
    }

    private Div item(NotificationLine line, Formats formats) {
        Span message = new Span(line.message());
        message.addClassName("notification-message");
        Span time = new Span(formats.dateTime(line.createdAt(), zone));
        time.addClassName("notification-time");
        Div item = new Div(message, time);
        item.setId("notification-" + line.id());
        item.addClassName("notification-item");
        item.getElement().setAttribute("role", "button").setAttribute("tabindex", "0");
        if (!line.read()) {
            item.addClassName("unread");
        }
        item.addClickListener(event -> open(line));
        item.getElement().addEventListener("keydown", event -> open(line))
                .setFilter("event.key === '" + Key.ENTER.getKeys().getFirst() + "'");
        return item;
    }

    private void open(NotificationLine line) {
        if (!line.read()) {
            notifications.markRead(line.id());
        }
        popover.close();
        refresh();
        if (line.link() != null) {
            navigate(line.link());
        }
    }

    /** A link such as "targets?year=2026": the route, then its query parameters. */
    static void navigate(String link) {
        int query = link.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(link);
        } else {
            UI.getCurrent().navigate(link.substring(0, query), QueryParameters.fromString(link.substring(query + 1)));
        }
    }
}
