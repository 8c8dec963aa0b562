package com.salespact.messaging;

import com.salespact.base.CompanySettings;
import com.salespact.base.DateRange;
import com.salespact.base.FiscalCalendar;
import com.salespact.base.Formats;
import com.salespact.base.Messages;
import com.salespact.deals.DealChanged;
import com.salespact.goals.query.PaceQuery;
import com.salespact.goals.query.TeamPace;
import com.salespact.pact.PactSigned;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a team's chat is told, and when: a deal won (the wall's celebration: rep, deal, amount, nothing more), a pact
 * in force (who, which version; never its content), and on Monday morning the team's quarter to date (won, target,
 * pace: the wall's pace slide). Team facts only, as the wall shows them (decisions 002 and 021): no commission, no
 * standards missed by a named rep, no notes. Written in the company's language, queued in the transaction of the
 * change (so a rolled-back win posts nothing), once per cause and connection (the dedup key).
 */
@Component
class ChatPosts {

    static final String KIND_WON = "CHAT_DEAL_WON";
    static final String KIND_PACT = "CHAT_PACT_SIGNED";
    static final String KIND_PACE = "CHAT_WEEKLY_PACE";
    static final String KIND_TEST = "CHAT_TEST";

    private final Outbox outbox;
    private final ChatConnectionRepository connections;
    private final ChatFacts facts;
    private final PaceQuery paces;
    private final CompanySettings settings;
    private final MessagingLinks links;
    private final TransactionTemplate transaction;

    ChatPosts(Outbox outbox, ChatConnectionRepository connections, ChatFacts facts, PaceQuery paces,
              CompanySettings settings, MessagingLinks links, PlatformTransactionManager transactions) {
        this.outbox = outbox;
        this.connections = connections;
        this.facts = facts;
        this.paces = paces;
        this.settings = settings;
        this.links = links;
        this.transaction = new TransactionTemplate(transactions);
    }

    @EventListener
    void on(DealChanged deal) {
        if (deal.kind() != DealChanged.Kind.WON || deal.teamId() == null) {
            return;
        }
        Locale locale = settings.companyLocale();
        Formats formats = settings.formats();
        ChatMessage message = message(locale, "messaging.chat.won.title",
                List.of(Messages.text(locale, "messaging.chat.won.line", deal.ownerName(), deal.dealName(),
                        formats.money(deal.amount()))));
        post(deal.teamId(), ChatEvent.DEAL_WON, KIND_WON, "deal-won:" + deal.dealId(), message);
    }

    @EventListener
    void on(PactSigned signed) {
        facts.member(signed.repId()).filter(rep -> rep.teamId() != null).ifPresent(rep -> {
            Locale locale = settings.companyLocale();
            ChatMessage message = message(locale, "messaging.chat.pact.title",
                    List.of(Messages.text(locale, "messaging.chat.pact.line", rep.fullName(),
                            String.valueOf(signed.number()))));
            post(rep.teamId(), ChatEvent.PACT_SIGNED, KIND_PACT, "pact-signed:" + signed.versionId(), message);
        });
    }

    /**
     * Queues the weekly pace post of every connection that wants it: the quarter to date as of {@code today}.
     * Call as the system (the pace is read through the secured query); keyed by ISO week, so a second run that week
     * (another node, a restart) queues nothing. @return how many were queued
     */
    int weeklyPace(LocalDate today) {
        Integer queued = transaction.execute(status -> {
            int count = 0;
            Locale locale = settings.companyLocale();
            Formats formats = settings.formats();
            DateRange quarter = settings.calendar().quarterOf(today);
            // Weeks 1-9 were keyed "2026-W5" before this one rule; the week of a deploy only ever has one format.
            String week = FiscalCalendar.isoWeekLabel(today);
            for (ChatConnection connection : connections.findByEnabledTrueOrderById()) {
                if (!connection.wants(ChatEvent.WEEKLY_PACE)) {
                    continue;
                }
                TeamPace pace = paces.team(connection.getTeamId(), quarter, today);
                String team = facts.teamName(connection.getTeamId()).orElse("");
                String label = Messages.text(locale, "calendar.quarter",
                        String.valueOf(settings.calendar().fiscalQuarterOf(today)),
                        String.valueOf(settings.calendar().fiscalYearOf(today)));
                ChatMessage message = message(locale, "messaging.chat.pace.title", List.of(
                        Messages.text(locale, "messaging.chat.pace.team", team, label),
                        Messages.text(locale, "messaging.chat.pace.line", formats.money(pace.actualRevenue()),
                                formats.money(pace.target()), formats.percent(pace.attainment()),
                                Messages.text(locale, "pace." + pace.pace().name()))));
                if (queue(connection, KIND_PACE, "weekly-pace:" + week, message)) {
                    count++;
                }
            }
            return count;
        });
        return queued == null ? 0 : queued;
    }

    /** "Send test message": through the outbox like every post, keyed anew each time it is pressed. */
    void test(ChatConnection connection) {
        Locale locale = settings.companyLocale();
        ChatMessage message = message(locale, "messaging.chat.test.title",
                List.of(Messages.text(locale, "messaging.chat.test.line", connection.getName())));
        queue(connection, KIND_TEST, "test:" + UUID.randomUUID(), message);
    }

    private ChatMessage message(Locale locale, String titleKey, List<String> lines) {
        return new ChatMessage(Messages.text(locale, titleKey), lines, links.absolute(""),
                Messages.text(locale, "messaging.chat.open", settings.companyName()));
    }

    private void post(long teamId, ChatEvent event, String kind, String cause, ChatMessage message) {
        Runnable work = () -> connections.findByTeamIdOrderByName(teamId).stream()
                .filter(connection -> connection.wants(event))
                .forEach(connection -> queue(connection, kind, cause, message));
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            work.run();
        } else {
            // A publisher outside a transaction (none today): the post gets one of its own rather than none.
            transaction.executeWithoutResult(status -> work.run());
        }
    }

    private boolean queue(ChatConnection connection, String kind, String cause, ChatMessage message) {
        return outbox.enqueue(new OutgoingChat("chat:" + cause + ":" + connection.getId(), null,
                OutgoingChat.teamAddress(connection.getId()), connection.getName() + " · " + connection.maskedUrl(),
                kind, message, ChatPayloads.render(connection.getType(), message)));
    }
}
