package com.salespact.base;

import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor.TaskResult;
import net.javacrumbs.shedlock.core.LockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One-time start-up work that writes (the demo company, the first admin) runs on one node at a time: a node that
 * finds the lock taken waits until the other is done, then runs the work itself, whose own "already there?" check
 * finds it done. Waiting rather than skipping means no node serves requests before the work is in the database.
 * The lock is released when the work ends; one left by a node that died expires after {@link #AT_MOST}.
 */
public class StartupWork {

    private static final Logger LOG = LoggerFactory.getLogger(StartupWork.class);
    /** Far longer than seeding takes; a node waits no longer than this for one that died holding the lock. */
    static final Duration AT_MOST = Duration.ofMinutes(10);
    private static final Duration POLL = Duration.ofMillis(250);

    private final LockingTaskExecutor executor;

    public StartupWork(LockProvider lockProvider) {
        this.executor = new DefaultLockingTaskExecutor(lockProvider);
    }

    /** Runs {@code work} under the cluster-wide lock {@code name}, waiting while another node holds it. */
    public void once(String name, Runnable work) {
        boolean waited = false;
        while (true) {
            TaskResult<Boolean> result;
            try {
                result = executor.executeWithLock(() -> {
                    work.run();
                    return true;
                }, new LockConfiguration(Instant.now(), name, AT_MOST, Duration.ZERO));
            } catch (RuntimeException | Error failed) {
                throw failed;
            } catch (Throwable checked) {
                throw new IllegalStateException("Start-up work '" + name + "' failed", checked);
            }
            if (result.wasExecuted()) {
                return;
            }
            if (!waited) {
                LOG.info("Start-up work '{}' is running on another node; waiting for it", name);
                waited = true;
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for start-up work '" + name + "'",
                        interrupted);
            }
        }
    }
}
