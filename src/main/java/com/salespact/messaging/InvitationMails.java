package com.salespact.messaging;

import com.salespact.base.Messages;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Calendar invitations by e-mail: every attendee of a scheduled, moved or cancelled meeting who has an address, is
 * active and wants the kind by e-mail gets a mail with the meeting as an iCalendar part (METHOD REQUEST or CANCEL),
 * queued in the publisher's transaction like {@link NotificationMails}. Keyed by meeting, SEQUENCE and person, so
 * each change is queued once per person. Title, subject and text in the recipient's language.
 */
@Component
class InvitationMails {

    private final Outbox outbox;
    private final Recipients recipients;
    private final MailFrame frame;
    private final MessagingLinks links;
    private final Clock clock;

    InvitationMails(Outbox outbox, Recipients recipients, MailFrame frame, MessagingLinks links, Clock clock) {
        this.outbox = outbox;
        this.recipients = recipients;
        this.frame = frame;
        this.links = links;
        this.clock = clock;
    }

    @EventListener
    void on(MeetingInvitation meeting) {
        if (!MessageKinds.known(meeting.kind())) {
            return;
        }
        Map<Long, Recipient> people = new LinkedHashMap<>();
        meeting.attendeeIds().forEach(id -> recipients.find(id)
                .filter(recipient -> recipient.email() != null && !recipient.email().isBlank())
                .ifPresent(recipient -> people.put(id, recipient)));
        Recipient organizer = people.get(meeting.organizerId());
        for (Recipient recipient : people.values()) {
            if (frame.wantsMail(recipient, meeting.kind())) {
                outbox.enqueue(mail(meeting, recipient, organizer, people.values()));
            }
        }
    }

    private OutgoingMail mail(MeetingInvitation meeting, Recipient recipient, Recipient organizer,
                              Iterable<Recipient> attendees) {
        Locale locale = frame.localeOf(recipient);
        String kind = meeting.kind();
        String title = Messages.text(locale, meeting.titleKey(), meeting.titleArgs().toArray());
        String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(meeting.day());
        String subject = Messages.text(locale, MessageKinds.subjectKey(kind) + (meeting.cancelled() ? ".cancelled" : ""),
                title);
        String message = Messages.text(locale, meeting.cancelled() ? "mail.invitation.cancelled" : "mail.invitation",
                title, day);
        MailFrame.Framed framed = frame.frame(recipient, kind, subject, message, meeting.link());
        String link = framed.link();
        List<CalendarEvents.Person> invited = new ArrayList<>();
        attendees.forEach(attendee -> invited.add(person(attendee)));
        String method = meeting.cancelled() ? CalendarInvitations.CANCEL : CalendarInvitations.REQUEST;
        String calendar = CalendarInvitations.write(uid(meeting), meeting.sequence(), meeting.cancelled(),
                meeting.day(), title, message + "\n" + link, link,
                Optional.ofNullable(organizer).map(InvitationMails::person).orElse(null), invited, clock.instant());
        return new OutgoingMail("invitation:" + meeting.eventKey() + ":" + meeting.sequence() + ":"
                + recipient.personId(), recipient.personId(), recipient.email().strip(), recipient.fullName(), kind,
                subject, framed.text(), framed.html(), link, framed.unsubscribe(), calendar, method);
    }

    /** Stable per meeting: the same UID for the first invitation, every move, the cancellation and the feed. */
    String uid(MeetingInvitation meeting) {
        return links.calendarUid(meeting.eventKey());
    }

    private static CalendarEvents.Person person(Recipient recipient) {
        return new CalendarEvents.Person(recipient.fullName(), recipient.email().strip());
    }
}
