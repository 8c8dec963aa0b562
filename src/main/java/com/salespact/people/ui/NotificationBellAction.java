package com.salespact.people.ui;

import com.salespact.base.LiveUpdates;
import com.salespact.base.ui.LiveRefresh;
import com.salespact.base.ui.ShellAction;
import com.salespact.people.NotificationCreated;
import com.salespact.people.NotificationService;
import com.salespact.security.CurrentUser;
import com.salespact.security.SignedInUser;
import com.vaadin.flow.component.Component;
import java.time.Clock;
import java.util.Optional;

/** Puts the notification bell into the shell for everybody signed in. */
@org.springframework.stereotype.Component
class NotificationBellAction implements ShellAction {

    private final NotificationService notifications;
    private final CurrentUser currentUser;
    private final LiveUpdates live;
    private final Clock clock;

    NotificationBellAction(NotificationService notifications, CurrentUser currentUser, LiveUpdates live, Clock clock) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.live = live;
        this.clock = clock;
    }

    @Override
    public Optional<Component> create() {
        Optional<SignedInUser> user = currentUser.get();
        if (user.isEmpty()) {
            return Optional.empty();
        }
        long me = user.get().personId();
        NotificationBell bell = new NotificationBell(notifications, clock.getZone());
        // Admins have no team: they listen to every team and keep only their own notifications.
        LiveRefresh.bind(bell, live, () -> user.get().teamId(),
                event -> event instanceof NotificationCreated created && created.personId() == me,
                event -> bell.refresh());
        return Optional.of(bell);
    }
}
