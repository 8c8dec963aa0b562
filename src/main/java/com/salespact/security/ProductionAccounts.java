package com.salespact.security;

import com.salespact.base.StartupWork;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With strong passwords required (the {@code prod} profile): creates the first admin from
 * {@code SALESPACT_ADMIN_PASSWORD} on an empty database, and refuses to start while a well-known
 * demo login (admin/admin, manager/manager, rep/rep) still works. With several nodes started together on an empty
 * database, one creates the admin under the cluster lock {@value #LOCK} while the others wait, then find it there.
 */
@Component
@Order(20)
class ProductionAccounts implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ProductionAccounts.class);
    private static final List<String> DEMO_LOGINS = List.of("admin", "manager", "rep");
    static final String LOCK = "first-admin";

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final Clock clock;
    private final String adminUsername;
    private final String adminPassword;
    private final String adminEmail;
    private final StartupWork startup;
    private final TransactionTemplate transaction;

    ProductionAccounts(JdbcTemplate jdbc, PasswordEncoder encoder, PasswordPolicy policy, Clock clock,
                       @Value("${salespact.admin.username:admin}") String adminUsername,
                       @Value("${salespact.admin.password:}") String adminPassword,
                       @Value("${salespact.admin.email:}") String adminEmail, StartupWork startup,
                       PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.policy = policy;
        this.clock = clock;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
        this.adminEmail = adminEmail == null || adminEmail.isBlank() ? null : adminEmail.strip();
        this.startup = startup;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!policy.requiresStrongPasswords()) {
            return;
        }
        // The lock outside the transaction: a waiting node's check then reads what the other node committed.
        startup.once(LOCK, () -> transaction.executeWithoutResult(status -> {
            refuseDemoLogins();
            Integer people = jdbc.queryForObject("select count(*) from person", Integer.class);
            if (people != null && people == 0) {
                createFirstAdmin();
            }
        }));
    }

    private void refuseDemoLogins() {
        for (String login : DEMO_LOGINS) {
            List<String> hashes = jdbc.queryForList("""
                    select a.password_hash from user_account a join person p on p.id = a.person_id
                    where lower(p.username) = ? and a.enabled = true""", String.class, login);
            if (hashes.stream().anyMatch(hash -> encoder.matches(login, hash))) {
                throw new IllegalStateException("Refusing to start: the login '" + login
                        + "' still has its default password. Change it, or run without the prod profile.");
            }
        }
    }

    private void createFirstAdmin() {
        policy.check(adminUsername, adminPassword).ifPresent(reason -> {
            throw new IllegalStateException("Refusing to start: set SALESPACT_ADMIN_PASSWORD for the first admin ("
                    + reason + ").");
        });
        // With an e-mail, the first admin's first company sign-in finds them (decision 026).
        jdbc.update("insert into person (full_name, username, email, role, active) values (?, ?, ?, 'ADMIN', true)",
                "Administrator", adminUsername, adminEmail);
        Long personId = jdbc.queryForObject("select id from person where username = ?", Long.class, adminUsername);
        jdbc.update("insert into user_account (person_id, password_hash, enabled, failed_logins, password_changed_at)"
                + " values (?, ?, true, 0, ?)", personId, encoder.encode(adminPassword),
                java.sql.Timestamp.from(clock.instant()));
        LOG.info("Created the first admin '{}'", adminUsername);
    }
}
