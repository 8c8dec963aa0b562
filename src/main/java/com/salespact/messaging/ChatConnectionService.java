package com.salespact.messaging;

import com.salespact.base.RuleViolation;
import com.salespact.people.AccessGuard;
import com.salespact.people.PeopleService;
import com.salespact.people.TeamSummary;
import java.time.Clock;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team's Slack and Teams connections: a manager keeps their own team's, an admin any team's; reps none (the
 * service refuses, not only the menu). Every read returns the webhook URL masked; the URL itself is written here and
 * read only by the outbox worker when it posts.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
public class ChatConnectionService {

    static final int MAX_NAME = 100;

    private final ChatConnectionRepository connections;
    private final WebhookUrls urls;
    private final ChatPosts posts;
    private final PeopleService people;
    private final AccessGuard guard;
    private final Clock clock;

    ChatConnectionService(ChatConnectionRepository connections, WebhookUrls urls, ChatPosts posts,
                          PeopleService people, AccessGuard guard, Clock clock) {
        this.connections = connections;
        this.urls = urls;
        this.posts = posts;
        this.people = people;
        this.guard = guard;
        this.clock = clock;
    }

    /** The teams whose chat the caller keeps: a manager's own, every team for an admin. */
    @Transactional(readOnly = true)
    public List<TeamSummary> teams() {
        return people.visibleTeams();
    }

    /** @throws org.springframework.security.access.AccessDeniedException for another manager's team */
    @Transactional(readOnly = true)
    public List<ChatConnectionLine> list(long teamId) {
        guard.checkTeam(teamId);
        return connections.findByTeamIdOrderByName(teamId).stream().map(ChatConnectionLine::of).toList();
    }

    /**
     * Adds an enabled connection.
     * @throws RuleViolation at "name", "webhookUrl" or "events" for what is missing or wrong
     */
    public ChatConnectionLine add(long teamId, ChatConnectionDraft draft) {
        guard.checkTeam(teamId);
        String name = draft.getName() == null ? "" : draft.getName().strip();
        if (name.isEmpty()) {
            throw RuleViolation.at("name", "messaging.chat.rule.name-required");
        }
        if (name.length() > MAX_NAME) {
            throw RuleViolation.at("name", "messaging.chat.rule.name-too-long", MAX_NAME);
        }
        if (draft.getType() == null) {
            throw RuleViolation.at("type", "messaging.chat.rule.type-required");
        }
        String url = urls.checked("webhookUrl", draft.getWebhookUrl());
        if (draft.getEvents() == null || draft.getEvents().isEmpty()) {
            throw RuleViolation.at("events", "messaging.chat.rule.events-required");
        }
        ChatConnection saved = connections.save(new ChatConnection(teamId, name, draft.getType(), url,
                draft.getEvents(), clock.instant()));
        return ChatConnectionLine.of(saved);
    }

    public ChatConnectionLine setEnabled(long connectionId, boolean enabled) {
        ChatConnection connection = mine(connectionId);
        connection.setEnabled(enabled);
        return ChatConnectionLine.of(connection);
    }

    /** Deletes it; posts still waiting for it fail with "connection deleted" instead of going anywhere. */
    public void delete(long connectionId) {
        connections.delete(mine(connectionId));
    }

    /** Queues a test post (also for a disabled connection: that is how one checks it before switching it on). */
    public void sendTest(long connectionId) {
        posts.test(mine(connectionId));
    }

    private ChatConnection mine(long connectionId) {
        ChatConnection connection = connections.findById(connectionId)
                .orElseThrow(() -> RuleViolation.of("messaging.chat.rule.gone"));
        guard.checkTeam(connection.getTeamId());
        return connection;
    }
}
