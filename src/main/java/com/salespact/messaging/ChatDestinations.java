package com.salespact.messaging;

import org.springframework.stereotype.Component;

/**
 * Where a claimed chat row goes, looked up when it is sent (the row names a connection or a person, never a URL):
 * a connection deleted or switched off, or a personal webhook removed since, posts nothing and fails with the reason.
 */
@Component
class ChatDestinations {

    private final ChatConnectionRepository connections;
    private final PersonalChatRepository personal;

    ChatDestinations(ChatConnectionRepository connections, PersonalChatRepository personal) {
        this.connections = connections;
        this.personal = personal;
    }

    /** Call inside the claim's transaction. */
    ChatEnvelope resolve(OutboxMessage row) {
        String address = row.getRecipientAddress();
        var connectionId = OutgoingChat.connectionOf(address);
        if (connectionId.isPresent()) {
            return connections.findById(connectionId.get())
                    .map(connection -> connection.isEnabled() || row.getKind().equals(ChatPosts.KIND_TEST)
                            ? ChatEnvelope.to(connection.getWebhookUrl(), row.getBodyText())
                            : ChatEnvelope.refused("messaging.chat.error.connection-disabled"))
                    .orElse(ChatEnvelope.refused("messaging.chat.error.connection-gone"));
        }
        var personId = OutgoingChat.personOf(address);
        if (personId.isPresent()) {
            return personal.findByPersonId(personId.get())
                    .map(chat -> ChatEnvelope.to(chat.getWebhookUrl(), row.getBodyText()))
                    .orElse(ChatEnvelope.refused("messaging.chat.error.personal-gone"));
        }
        return ChatEnvelope.refused("messaging.chat.error.connection-gone");
    }

    /** What the worker hands to {@link ChatDelivery}, or why it hands nothing. */
    record ChatEnvelope(String url, String payload, String problem) {

        static ChatEnvelope to(String url, String payload) {
            return new ChatEnvelope(url, payload, null);
        }

        static ChatEnvelope refused(String problem) {
            return new ChatEnvelope(null, null, problem);
        }

        @Override
        public String toString() {
            return "ChatEnvelope[" + WebhookUrls.mask(url) + ", " + problem + "]";
        }
    }
}
