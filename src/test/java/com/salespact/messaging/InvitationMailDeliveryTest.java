package com.salespact.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * An invitation over real SMTP (GreenMail): the mail carries the calendar as a text/calendar part with its METHOD
 * beside text and HTML, and as an .ics attachment; what arrives parses back with ical4j.
 */
class InvitationMailDeliveryTest {

    private GreenMail smtp;

    @AfterEach
    void stop() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void theCalendarArrivesAsATextCalendarPartWithItsMethod() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        MailDelivery delivery = new MailDelivery(new StaticListableBeanFactory(Map.of("mailSender", sender))
                .getBeanProvider(JavaMailSender.class), "salespact@localhost", "SalesPact",
                new MessagingLinks("http://localhost:8080"));
        String calendar = CalendarInvitations.write("review-7@localhost", 0, false, LocalDate.of(2026, 12, 1),
                "1:1", null, null, new CalendarEvents.Person("Mia Manager", "mia@salespact.example"),
                List.of(new CalendarEvents.Person("Ravi Patel", "ravi@salespact.example"),
                        new CalendarEvents.Person("Mia Manager", "mia@salespact.example")),
                Instant.parse("2026-11-18T10:00:00Z"));

        DeliveryOutcome outcome = delivery.send(new MailEnvelope(1, "invitation:review-7:0:1", "ravi@salespact.example",
                "Ravi Patel", "Invitation", "Text", "<p>Html</p>", null, calendar, "REQUEST"));

        assertThat(outcome).isInstanceOf(DeliveryOutcome.Sent.class);
        MimeMessage received = smtp.getReceivedMessages()[0];
        List<Part> parts = new ArrayList<>();
        collect(received, parts);
        Part calendarPart = parts.stream().filter(part -> contentType(part).startsWith("text/calendar"))
                .findFirst().orElseThrow();
        assertThat(contentType(calendarPart)).contains("method=request").contains("charset=utf-8");
        assertThat(parts).anySatisfy(part -> assertThat(part.getFileName()).isEqualTo("invite.ics"));
        Calendar parsed = new CalendarBuilder().build(new StringReader(
                new String(calendarPart.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(parsed.getProperty(Property.METHOD).map(Property::getValue)).contains("REQUEST");
        assertThat(parsed.getComponent("VEVENT").orElseThrow().getProperty(Property.UID).map(Property::getValue))
                .contains("review-7@localhost");
    }

    private static String contentType(Part part) {
        try {
            return part.getContentType().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
        } catch (jakarta.mail.MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static void collect(Part part, List<Part> into) throws Exception {
        into.add(part);
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, into);
            }
        }
    }
}
