package com.salespact.reviews;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Review settings, and scheduling for the reminder job. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReviewSettings.class)
@EnableScheduling
class ReviewsConfig {
}
