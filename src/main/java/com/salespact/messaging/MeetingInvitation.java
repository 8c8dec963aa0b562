package com.salespact.messaging;

import java.time.LocalDate;
import java.util.List;

/**
 * A feature scheduled, moved or cancelled a meeting on a day: {@link InvitationMails} sends each attendee an e-mail
 * with a calendar invitation (RFC 5545), in the publisher's transaction. Messaging knows no features: the feature
 * names its event, message kind and title.
 * @param kind the message kind (a {@link MessageKinds} code), which the attendees' preferences are asked about
 * @param eventKey stable per meeting, e.g. "review-12"; the calendar UID is {@code <eventKey>@<host of base-url>}
 * @param sequence the event's SEQUENCE: 0 when first scheduled, higher on every change
 * @param cancelled METHOD:CANCEL instead of METHOD:REQUEST
 * @param day the meeting's day: an all-day event (the app schedules meetings on a day, not at a time)
 * @param organizerId the person who organizes the meeting (also an attendee)
 * @param attendeeIds everybody invited, the organizer included
 * @param titleKey the event's SUMMARY in the recipient's language, with {@code titleArgs}
 * @param link where the meeting lives in the app (a route location)
 */
public record MeetingInvitation(String kind, String eventKey, int sequence, boolean cancelled, LocalDate day,
                                long organizerId, List<Long> attendeeIds, String titleKey, List<String> titleArgs,
                                String link) {

    public MeetingInvitation {
        attendeeIds = List.copyOf(attendeeIds);
        titleArgs = List.copyOf(titleArgs);
    }
}
