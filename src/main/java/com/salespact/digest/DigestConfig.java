package com.salespact.digest;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The digest's settings, and scheduling for its job. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DigestSettings.class)
@EnableScheduling
class DigestConfig {
}
