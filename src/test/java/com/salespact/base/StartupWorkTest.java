package com.salespact.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.salespact.LogCapture;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Start-up work waits while another node holds its lock, then runs (and finds its work done, in real runners). */
@SpringBootTest
@ActiveProfiles("test")
class StartupWorkTest {

    @Autowired StartupWork startup;
    @Autowired LockProvider locks;

    @Test
    void waitsForTheOtherNodeThenRuns() {
        SimpleLock otherNode = locks.lock(new LockConfiguration(Instant.now(), "startup-work-test",
                Duration.ofMinutes(1), Duration.ZERO)).orElseThrow();
        AtomicInteger runs = new AtomicInteger();
        try (LogCapture logs = LogCapture.start()) {
            CompletableFuture<Void> thisNode = CompletableFuture.runAsync(
                    () -> startup.once("startup-work-test", runs::incrementAndGet));

            await().atMost(Duration.ofSeconds(20)).until(() -> logs.count("Start-up work 'startup-work-test'") == 1);
            await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(5)).until(() -> !thisNode.isDone());
            assertThat(runs).hasValue(0);

            otherNode.unlock();
            await().atMost(Duration.ofSeconds(20)).until(thisNode::isDone);
            assertThat(thisNode).isCompleted();
            assertThat(runs).hasValue(1);
            assertThat(logs.count("Start-up work 'startup-work-test' is running on another node; waiting"))
                    .as("said once, not every poll").isEqualTo(1);
            assertThat(logs.errorsAndStackTraces()).isEmpty();
        }
    }

    @Test
    void runsAtOnceWhenNobodyHoldsTheLock() {
        AtomicInteger runs = new AtomicInteger();
        startup.once("startup-work-free", runs::incrementAndGet);
        startup.once("startup-work-free", runs::incrementAndGet);
        assertThat(runs).as("the lock is released after each run").hasValue(2);
    }
}
