package com.salespact.activities;

import com.salespact.people.AccessGuard;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Logging activities. A rep logs for themselves; a manager may log for a rep of their team. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ActivityService {

    private final ActivityRepository activities;
    private final AccessGuard guard;
    private final Clock clock;

    ActivityService(ActivityRepository activities, AccessGuard guard, Clock clock) {
        this.activities = activities;
        this.guard = guard;
        this.clock = clock;
    }

    public Activity log(long repId, ActivityKind kind, LocalDate date) {
        guard.checkOwner(repId);
        return activities.save(new Activity(repId, kind, date, clock.instant()));
    }
}
