package com.salespact.messaging;

import java.util.List;

/** What {@link CalendarFeedService} reads in SQL (implemented in the query package). Callers check access. */
public interface CalendarFeedRows {

    /** Every active (not revoked) feed with its person's name, by name. */
    List<CalendarFeedInfo> active();
}
