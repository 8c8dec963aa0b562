package com.salespact.messaging.ui;

import com.salespact.base.ui.AddressNumbers;
import com.salespact.messaging.MessagingLinks;
import com.salespact.people.TeamLinks;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.Optional;

/**
 * The public way into messaging's pages: the admin's outbox, a team's chat connections ({@code team-chat?team=3})
 * and everybody's notification settings.
 */
public final class MessagingNavigation {

    public static final String OUTBOX_ROUTE = MessagingLinks.OUTBOX_ROUTE;
    public static final String SETTINGS_ROUTE = MessagingLinks.SETTINGS_ROUTE;
    public static final String TEAM_CHAT_ROUTE = MessagingLinks.TEAM_CHAT_ROUTE;

    private MessagingNavigation() {
    }

    public static void toOutbox() {
        UI.getCurrent().navigate(OutboxView.class);
    }

    public static void toSettings() {
        UI.getCurrent().navigate(NotificationSettingsView.class);
    }

    /** A team's chat connections. */
    public static void toTeamChat(long teamId) {
        UI.getCurrent().navigate(ChatConnectionsView.class, teamChat(teamId));
    }

    static QueryParameters teamChat(long teamId) {
        return QueryParameters.of(TeamLinks.TEAM, String.valueOf(teamId));
    }

    static Optional<Long> team(QueryParameters parameters) {
        return AddressNumbers.of(parameters, TeamLinks.TEAM);
    }

    /** The team shown, in the address bar, without a navigation. */
    static void showTeam(long teamId) {
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location(TEAM_CHAT_ROUTE, teamChat(teamId)));
    }
}
