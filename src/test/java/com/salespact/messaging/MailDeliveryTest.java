package com.salespact.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * How a mail server's answer is read, against a real SMTP dialogue on a socket: a server that refuses the recipient
 * (550) fails the message at once, one that says "try later" (451) or is not there gets another try, a malformed
 * address never reaches a server.
 */
class MailDeliveryTest {

    private ScriptedSmtpServer server;

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    private static MailDelivery deliveryTo(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "2000");
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("mailSender", sender));
        return new MailDelivery(beans.getBeanProvider(JavaMailSender.class), "salespact@localhost", "SalesPact",
                new MessagingLinks("http://localhost:8080"));
    }

    private static MailEnvelope mail(String address) {
        return new MailEnvelope(1, "test:1", address, "Ravi Patel", "Subject", "Text", "<p>Html</p>", null);
    }

    @Test
    void aRecipientRefusedWith5xxIsFinalWithTheServersWords() throws IOException {
        server = new ScriptedSmtpServer("550 5.1.1 <nobody@salespact.example>: Recipient address rejected: User unknown");
        DeliveryOutcome outcome = deliveryTo(server.port()).send(mail("nobody@salespact.example"));
        assertThat(outcome).isInstanceOf(DeliveryOutcome.Refused.class);
        assertThat(((DeliveryOutcome.Refused) outcome).reason()).contains("550 5.1.1").contains("User unknown");
    }

    @Test
    void aTemporaryRefusalIsTriedAgain() throws IOException {
        server = new ScriptedSmtpServer("451 4.3.0 Mailbox temporarily unavailable, try again later");
        DeliveryOutcome outcome = deliveryTo(server.port()).send(mail("busy@salespact.example"));
        assertThat(outcome).isInstanceOf(DeliveryOutcome.Retry.class);
        assertThat(((DeliveryOutcome.Retry) outcome).reason()).contains("451");
    }

    @Test
    void noServerListeningIsTriedAgain() throws IOException {
        int free;
        try (ServerSocket probe = new ServerSocket(0)) {
            free = probe.getLocalPort();
        }
        DeliveryOutcome outcome = deliveryTo(free).send(mail("rep@salespact.example"));
        assertThat(outcome).isInstanceOf(DeliveryOutcome.Retry.class);
        assertThat(((DeliveryOutcome.Retry) outcome).reason()).containsIgnoringCase("connect");
    }

    @Test
    void aMalformedAddressFailsWithoutAServer() {
        DeliveryOutcome outcome = deliveryTo(1).send(mail("not an address@@example"));
        assertThat(outcome).isInstanceOf(DeliveryOutcome.Refused.class);
    }

    @Test
    void withoutAMailServerNothingIsAttempted() {
        MailDelivery none = new MailDelivery(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                "salespact@localhost", "SalesPact", new MessagingLinks("http://localhost:8080"));
        assertThat(none.configured()).isFalse();
        assertThat(none.send(mail("rep@salespact.example"))).isInstanceOf(DeliveryOutcome.NotConfigured.class);
    }

    /** Just enough SMTP to reach RCPT TO, which it answers with the given reply; one connection at a time. */
    static final class ScriptedSmtpServer implements AutoCloseable {

        private final ServerSocket socket;
        private final Thread thread;

        ScriptedSmtpServer(String rcptReply) throws IOException {
            socket = new ServerSocket(0);
            thread = Thread.ofVirtual().start(() -> {
                while (!socket.isClosed()) {
                    try (Socket client = socket.accept();
                         BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                                 StandardCharsets.US_ASCII));
                         PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
                        reply(out, "220 scripted ESMTP");
                        String line;
                        while ((line = in.readLine()) != null) {
                            String command = line.toUpperCase(java.util.Locale.ROOT);
                            if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                                reply(out, "250 scripted");
                            } else if (command.startsWith("MAIL FROM")) {
                                reply(out, "250 2.1.0 Ok");
                            } else if (command.startsWith("RCPT TO")) {
                                reply(out, rcptReply);
                            } else if (command.startsWith("QUIT")) {
                                reply(out, "221 2.0.0 Bye");
                                break;
                            } else {
                                reply(out, "250 Ok"); // RSET, NOOP
                            }
                        }
                    } catch (IOException closed) {
                        // the test is over, or the client hung up
                    }
                }
            });
        }

        private static void reply(PrintWriter out, String line) {
            out.print(line + "\r\n");
            out.flush();
        }

        int port() {
            return socket.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            socket.close();
            thread.interrupt();
        }
    }
}
