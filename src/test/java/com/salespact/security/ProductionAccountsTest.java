package com.salespact.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.base.StartupWork;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;

/** The prod profile's start-up guard, run against the seeded demo database (which still has admin/admin). */
@SpringBootTest
@ActiveProfiles("test")
class ProductionAccountsTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired PasswordEncoder encoder;
    @Autowired Clock clock;
    @Autowired StartupWork startup;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void refusesToStartWhileADemoLoginStillWorks() {
        ProductionAccounts guard = new ProductionAccounts(jdbc, encoder, new PasswordPolicy(true), clock, "admin", "", "", startup,
                transactions);
        assertThatThrownBy(() -> guard.run(null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'admin' still has its default password");
    }

    @Test
    void demoModeStartsAsBefore() {
        ProductionAccounts guard = new ProductionAccounts(jdbc, encoder, new PasswordPolicy(false), clock, "admin", "", "", startup,
                transactions);
        guard.run(null);
        assertThat(jdbc.queryForObject("select count(*) from person where username = 'admin'", Integer.class)).isEqualTo(1);
    }
}
