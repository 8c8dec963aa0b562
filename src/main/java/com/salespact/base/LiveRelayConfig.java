package com.salespact.base;

import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Several nodes on one PostgreSQL: {@code salespact.live.relay=postgres} (on in the {@code postgres} profile) relays
 * live events between them through LISTEN/NOTIFY. The listener opens its own connection with the datasource's URL
 * and credentials, so it never holds one of the pool's connections.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "salespact.live.relay", havingValue = "postgres")
public class LiveRelayConfig {

    @Bean
    PostgresLiveRelay postgresLiveRelay(LiveUpdates live, DataSource dataSource,
                                        @Value("${spring.datasource.url}") String url,
                                        @Value("${spring.datasource.username:}") String user,
                                        @Value("${spring.datasource.password:}") String password) {
        return new PostgresLiveRelay(live, dataSource, url, user, password);
    }
}
