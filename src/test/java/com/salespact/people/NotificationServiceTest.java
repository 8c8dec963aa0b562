package com.salespact.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.SeededCompany;
import com.salespact.TestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** Everybody reads and marks only their own notifications, whatever their role. */
@SpringBootTest
@ActiveProfiles("test")
class NotificationServiceTest {

    private static final String KIND = "TEST_NOTE";

    @Autowired UserDetailsService users;
    @Autowired NotificationService notifications;
    @Autowired JdbcTemplate jdbc;
    @Autowired SeededCompany company;

    @BeforeEach
    @AfterEach
    void cleanUp() {
        TestSupport.signOut();
        jdbc.update("delete from app_notification where kind = ?", KIND);
    }

    private static long ours(java.util.List<NotificationLine> lines) {
        return lines.stream().filter(line -> line.kind().equals(KIND)).count();
    }

    @Test
    void onlyTheRecipientSeesAndMarksANotification() {
        long rep = company.personId("rep");
        TestSupport.signIn(users, "manager");
        long id = notifications.notify(rep, KIND, () -> "Your pact is ready to sign", "pact");
        assertThat(ours(notifications.unread())).isZero();
        assertThat(ours(notifications.recent())).isZero();
        assertThatThrownBy(() -> notifications.markRead(id)).isInstanceOf(AccessDeniedException.class);

        TestSupport.signIn(users, "admin");
        assertThat(ours(notifications.unread())).isZero();

        TestSupport.signIn(users, "rep");
        long before = notifications.unreadCount();
        assertThat(notifications.unread()).filteredOn(line -> line.kind().equals(KIND)).singleElement()
                .satisfies(line -> {
                    assertThat(line.message()).isEqualTo("Your pact is ready to sign");
                    assertThat(line.link()).isEqualTo("pact");
                    assertThat(line.read()).isFalse();
                });
        notifications.markRead(id);
        assertThat(notifications.unreadCount()).isEqualTo(before - 1);
        assertThat(ours(notifications.unread())).isZero();
        assertThat(notifications.recent()).filteredOn(line -> line.id() == id).singleElement()
                .satisfies(line -> assertThat(line.read()).isTrue());
    }

    @Test
    void markAllReadTouchesOnlyOwnNotifications() {
        long rep = company.personId("rep");
        long manager = company.personId("manager");
        TestSupport.signIn(users, "admin");
        notifications.notify(rep, KIND, () -> "One", null);
        notifications.notify(rep, KIND, () -> "Two", null);
        notifications.notify(manager, KIND, () -> "For the manager", null);

        TestSupport.signIn(users, "rep");
        assertThat(ours(notifications.unread())).isEqualTo(2);
        notifications.markAllRead();
        assertThat(notifications.unreadCount()).isZero();

        TestSupport.signIn(users, "manager");
        assertThat(ours(notifications.unread())).isEqualTo(1);
    }

    @Test
    void nobodySignedInGetsNothing() {
        assertThatThrownBy(() -> notifications.unread())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
