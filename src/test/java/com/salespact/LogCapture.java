package com.salespact;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Captures everything logged (every thread, every logger) while open, to prove what was not logged: no ERROR and
 * no stack trace from a node that lost a race. Attach it after Spring Boot has initialised logging, which resets
 * Logback's appenders.
 */
public final class LogCapture implements AutoCloseable {

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private LogCapture() {
        appender.setContext(root.getLoggerContext());
        appender.start();
        root.addAppender(appender);
    }

    public static LogCapture start() {
        return new LogCapture();
    }

    public List<ILoggingEvent> events() {
        // Logback appends under the appender's lock.
        synchronized (appender) {
            return List.copyOf(appender.list);
        }
    }

    /**
     * Every ERROR, and every INFO or WARN that carries a stack trace, as "LEVEL logger: message". DEBUG is left out:
     * off in production, and libraries log expected exceptions there (ShedLock a lock row another node inserted).
     */
    public List<String> errorsAndStackTraces() {
        return events().stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR)
                        || e.getLevel().isGreaterOrEqual(Level.INFO) && e.getThrowableProxy() != null)
                .map(e -> e.getLevel() + " " + e.getLoggerName() + ": " + e.getFormattedMessage()
                        + (e.getThrowableProxy() == null ? "" : " [" + e.getThrowableProxy().getClassName() + ": "
                        + e.getThrowableProxy().getMessage() + "]"))
                .toList();
    }

    /** Events at {@code level} or above whose logger name starts with {@code loggerPrefix}. */
    public List<String> atLeast(Level level, String loggerPrefix) {
        return events().stream().filter(e -> e.getLevel().isGreaterOrEqual(level)
                        && e.getLoggerName().startsWith(loggerPrefix))
                .map(e -> e.getLevel() + " " + e.getLoggerName() + ": " + e.getFormattedMessage()).toList();
    }

    /** How many messages start with {@code prefix}. */
    public long count(String prefix) {
        return events().stream().filter(e -> e.getFormattedMessage().startsWith(prefix)).count();
    }

    /** How many messages contain {@code text}. */
    public long containing(String text) {
        return events().stream().filter(e -> e.getFormattedMessage().contains(text)).count();
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
    }
}
