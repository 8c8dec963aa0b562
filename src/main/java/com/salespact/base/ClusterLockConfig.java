package com.salespact.base;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Several nodes share one database, and every node runs every {@code @Scheduled} job and start-up runner: without a
 * lock the demo company was seeded twice and catch-up plans drafted twice (issue 17, decision 019). ShedLock keeps
 * one row per named lock in the {@code shedlock} table (V15); a job annotated with {@code @SchedulerLock} runs on the
 * node that takes the lock and is skipped quietly on the others, and {@link StartupWork} waits for it.
 * Lock times come from the database's clock, so nodes whose clocks differ (and tests with a fixed {@code Clock})
 * agree on when a lock expires. A lock is held at most 30 minutes unless a job says otherwise: a node that dies
 * holding one blocks that job for no longer than that.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class ClusterLockConfig {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    @Bean
    StartupWork startupWork(LockProvider lockProvider) {
        return new StartupWork(lockProvider);
    }
}
