package com.salespact.messaging;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link ChatMessage} as the JSON each webhook takes. Slack: {@code text} (the notification and fallback) and
 * {@code blocks} (a section in mrkdwn, a context line with the link). Teams (Workflows "post to a channel when a
 * webhook request is received"): a {@code message} with one Adaptive Card 1.4 attachment, the link as Action.OpenUrl.
 */
final class ChatPayloads {

    static final String ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ChatPayloads() {
    }

    static String render(ChatType type, ChatMessage message) {
        return JSON.writeValueAsString(type == ChatType.SLACK ? slack(message) : teams(message));
    }

    private static ObjectNode slack(ChatMessage message) {
        ObjectNode root = JSON.createObjectNode();
        root.put("text", message.plain());
        ArrayNode blocks = root.putArray("blocks");
        StringBuilder text = new StringBuilder("*").append(slackEscape(message.title())).append('*');
        message.lines().forEach(line -> text.append('\n').append(slackEscape(line)));
        ObjectNode section = blocks.addObject().put("type", "section");
        section.putObject("text").put("type", "mrkdwn").put("text", text.toString());
        if (message.link() != null) {
            ObjectNode context = blocks.addObject().put("type", "context");
            context.putArray("elements").addObject().put("type", "mrkdwn")
                    .put("text", "<" + message.link() + "|" + slackEscape(message.linkLabel()) + ">");
        }
        return root;
    }

    private static ObjectNode teams(ChatMessage message) {
        ObjectNode root = JSON.createObjectNode();
        root.put("type", "message");
        ObjectNode attachment = root.putArray("attachments").addObject();
        attachment.put("contentType", ADAPTIVE_CARD);
        attachment.putNull("contentUrl");
        ObjectNode card = attachment.putObject("content");
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.put("type", "AdaptiveCard");
        card.put("version", "1.4");
        ArrayNode body = card.putArray("body");
        body.addObject().put("type", "TextBlock").put("text", message.title()).put("weight", "Bolder")
                .put("size", "Medium").put("wrap", true);
        message.lines().forEach(line -> body.addObject().put("type", "TextBlock").put("text", line).put("wrap", true));
        if (message.link() != null) {
            card.putArray("actions").addObject().put("type", "Action.OpenUrl").put("title", message.linkLabel())
                    .put("url", message.link());
        }
        return root;
    }

    /** Slack's mrkdwn treats &, < and > as control characters (links, mentions): escaped as its docs say. */
    static String slackEscape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
