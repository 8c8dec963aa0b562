package com.salespact.messaging;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of message a person may receive by e-mail, in the order the settings page lists them, each with its
 * default. The codes are those the features give the bell ({@code NotificationService.notify}); messaging knows them
 * as codes only, not the features behind them. A kind not listed here stays in the app.
 *
 * <p>Defaults (decision 020): e-mail for everything that asks something of the person or changes what they are held
 * to, or pays them (pacts, reminders and calendar invitations of reviews, targets, commission, 360 requests, the
 * ladder, catch-up plans, people waiting for an admin's approval). In the app only: feedback shared, which comes
 * continuously and in numbers (praise after each good call) and asks nothing.
 */
public final class MessageKinds {

    private static final Map<String, Delivery> DEFAULTS = new LinkedHashMap<>();

    static {
        DEFAULTS.put("PACT_PROPOSED", Delivery.EMAIL);
        DEFAULTS.put("PACT_CHANGES_REQUESTED", Delivery.EMAIL);
        DEFAULTS.put("PACT_SIGNED_BY_REP", Delivery.EMAIL);
        DEFAULTS.put("PACT_SIGNED", Delivery.EMAIL);
        DEFAULTS.put("REVIEW_REMINDER", Delivery.EMAIL);
        DEFAULTS.put("REVIEW_INVITATION", Delivery.EMAIL);
        DEFAULTS.put("LADDER_RUNG", Delivery.EMAIL);
        DEFAULTS.put("CATCH_UP_DRAFTED", Delivery.EMAIL);
        DEFAULTS.put("TARGET_CHANGED", Delivery.EMAIL);
        DEFAULTS.put("COMMISSION_PLAN", Delivery.EMAIL);
        DEFAULTS.put("COMMISSION_QUESTION", Delivery.EMAIL);
        DEFAULTS.put("COMMISSION_ANSWER", Delivery.EMAIL);
        DEFAULTS.put("FEEDBACK_REQUESTED", Delivery.EMAIL);
        DEFAULTS.put("FEEDBACK_SHARED", Delivery.IN_APP);
        // The weekly pact digest (decision 022): asks for attention once a week, so e-mail unless switched off.
        DEFAULTS.put("WEEKLY_DIGEST", Delivery.EMAIL);
        // Somebody waits for an admin after a first company sign-in (decision 026): asks something of the admins.
        DEFAULTS.put("SIGN_IN_WAITING", Delivery.EMAIL);
    }

    /** Kinds only admins receive; nobody else's settings page lists them. */
    private static final Set<String> ADMINS_ONLY = Set.of("SIGN_IN_WAITING");

    private MessageKinds() {
    }

    public static List<String> all() {
        return List.copyOf(DEFAULTS.keySet());
    }

    /** The kinds a person's settings page lists: all, less the admins' own for anybody else. */
    public static List<String> offeredTo(boolean admin) {
        return DEFAULTS.keySet().stream().filter(kind -> admin || !ADMINS_ONLY.contains(kind)).toList();
    }

    public static boolean known(String kind) {
        return DEFAULTS.containsKey(kind);
    }

    /** The default for a kind; empty for one messaging does not know (it is never mailed). */
    public static Optional<Delivery> defaultFor(String kind) {
        return Optional.ofNullable(DEFAULTS.get(kind));
    }

    /** The kind's name on the settings page and in a mail's footer. */
    public static String labelKey(String kind) {
        return "messaging.kind." + kind;
    }

    /** A mail's subject line for this kind. */
    public static String subjectKey(String kind) {
        return "mail.subject." + kind;
    }
}
