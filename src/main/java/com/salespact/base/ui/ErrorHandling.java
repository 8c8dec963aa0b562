package com.salespact.base.ui;

import com.salespact.base.ConcurrentEditException;
import com.salespact.base.Messages;
import com.salespact.base.RuleViolation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Anything a view did not handle becomes a short notification for the user and a log line for us; never a stack trace. */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new NotifyingErrorHandler()));
        // After a server restart the old session is gone: reload quietly (a wall screen comes back by itself,
        // a person lands on the login page) instead of waiting for someone to click "Session expired".
        event.getSource().setSystemMessagesProvider(info -> {
            com.vaadin.flow.server.CustomizedSystemMessages messages = new com.vaadin.flow.server.CustomizedSystemMessages();
            messages.setSessionExpiredNotificationEnabled(false);
            return messages;
        });
    }

    static String messageFor(Throwable error) {
        Throwable cause = rootOfInterest(error);
        if (cause instanceof AccessDeniedException) {
            return Messages.text("error.not-allowed");
        }
        if (cause instanceof RuleViolation || cause instanceof ConcurrentEditException) {
            return cause.getMessage();
        }
        return Messages.text("error.unexpected");
    }

    /** Neither a refusal nor a conflict: a fault of the application, logged with its stack trace. */
    static boolean unexpected(Throwable error) {
        Throwable cause = rootOfInterest(error);
        return !(cause instanceof AccessDeniedException || cause instanceof RuleViolation
                || cause instanceof ConcurrentEditException);
    }

    private static Throwable rootOfInterest(Throwable error) {
        Throwable current = error;
        while (current != null) {
            if (current instanceof AccessDeniedException || current instanceof RuleViolation
                    || current instanceof ConcurrentEditException) {
                return current;
            }
            current = current.getCause();
        }
        return error;
    }

    private static final class NotifyingErrorHandler implements ErrorHandler {

        @Override
        public void error(ErrorEvent event) {
            Throwable error = event.getThrowable();
            String message = messageFor(error);
            if (unexpected(error)) {
                LOG.error("Unhandled error in the UI", error);
            } else {
                LOG.info("Refused in the UI: {}", error.toString());
            }
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> {
                    Notification notification = Notification.show(message, 5000, Notification.Position.MIDDLE);
                    notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
                });
            }
        }
    }
}
