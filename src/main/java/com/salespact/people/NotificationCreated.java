package com.salespact.people;

import com.salespact.base.TeamEvent;

/** Published after a notification for {@code personId} commits, so their open bell can update. */
public record NotificationCreated(Long teamId, long personId) implements TeamEvent {
}
