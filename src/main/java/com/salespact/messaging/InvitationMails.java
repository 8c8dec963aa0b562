package com.salespact.messaging;

import com.salespact.base.CompanySettings;
import com.salespact.base.Messages;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
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
    private final MessagePreferenceRepository preferences;
    private final UnsubscribeTokens tokens;
    private final MailTemplates templates;
    private final MessagingLinks links;
    private final CompanySettings settings;
    private final Clock clock;

    InvitationMails(Outbox outbox, Recipients recipients, MessagePreferenceRepository preferences,
                    UnsubscribeTokens tokens, MailTemplates templates, MessagingLinks links, CompanySettings settings,
                    Clock clock) {
        this.outbox = outbox;
        this.recipients = recipients;
        this.preferences = preferences;
        this.tokens = tokens;
        this.templates = templates;
        this.links = links;
        this.settings = settings;
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
            if (recipient.active() && deliveryFor(recipient.personId(), meeting.kind()) == Delivery.EMAIL) {
                outbox.enqueue(mail(meeting, recipient, organizer, people.values()));
            }
        }
    }

    private Delivery deliveryFor(long personId, String kind) {
        return preferences.findByPersonIdAndKind(personId, kind).map(MessagePreference::getDelivery)
                .or(() -> MessageKinds.defaultFor(kind)).orElse(Delivery.IN_APP);
    }

    private OutgoingMail mail(MeetingInvitation meeting, Recipient recipient, Recipient organizer,
                              Iterable<Recipient> attendees) {
        Locale locale = settings.localeOf(recipient.language());
        String kind = meeting.kind();
        String title = Messages.text(locale, meeting.titleKey(), meeting.titleArgs().toArray());
        String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(meeting.day());
        String subject = Messages.text(locale, MessageKinds.subjectKey(kind) + (meeting.cancelled() ? ".cancelled" : ""),
                title);
        String message = Messages.text(locale, meeting.cancelled() ? "mail.invitation.cancelled" : "mail.invitation",
                title, day);
        String unsubscribe = links.unsubscribe(tokens.token(recipient.personId(), kind));
        String link = links.absolute(meeting.link());
        List<CalendarInvitations.Person> invited = new ArrayList<>();
        attendees.forEach(attendee -> invited.add(person(attendee)));
        String method = meeting.cancelled() ? CalendarInvitations.CANCEL : CalendarInvitations.REQUEST;
        String calendar = CalendarInvitations.write(uid(meeting), meeting.sequence(), meeting.cancelled(),
                meeting.day(), title, message + "\n" + link, link,
                Optional.ofNullable(organizer).map(InvitationMails::person).orElse(null), invited, clock.instant());
        Map<String, Object> model = new HashMap<>();
        model.put("lang", locale.getLanguage());
        model.put("company", settings.companyName());
        model.put("subject", subject);
        model.put("greeting", Messages.text(locale, "mail.greeting", recipient.fullName()));
        model.put("message", message);
        model.put("linkUrl", link);
        model.put("linkLabel", Messages.text(locale, "mail.open"));
        model.put("why", Messages.text(locale, "mail.why", Messages.text(locale, MessageKinds.labelKey(kind))));
        model.put("unsubscribeUrl", unsubscribe);
        model.put("unsubscribeLabel", Messages.text(locale, "mail.unsubscribe"));
        model.put("settingsUrl", links.settings());
        model.put("settingsLabel", Messages.text(locale, "mail.settings"));
        return new OutgoingMail("invitation:" + meeting.eventKey() + ":" + meeting.sequence() + ":"
                + recipient.personId(), recipient.personId(), recipient.email().strip(), recipient.fullName(), kind,
                subject, templates.render("notification.txt", locale, model),
                templates.render("notification.html", locale, model), link, unsubscribe, calendar, method);
    }

    /** Stable per meeting: the same UID for the first invitation, every move and the cancellation. */
    String uid(MeetingInvitation meeting) {
        return meeting.eventKey() + "@" + links.host();
    }

    private static CalendarInvitations.Person person(Recipient recipient) {
        return new CalendarInvitations.Person(recipient.fullName(), recipient.email().strip());
    }
}
