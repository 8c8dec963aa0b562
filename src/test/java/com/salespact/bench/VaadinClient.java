package com.salespact.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab speaking Vaadin Flow's own protocol over HTTP, without a browser: the Spring Security login form,
 * the bootstrap request ({@code ?v-r=init}), then UIDL round trips ({@code ?v-r=uidl}: CSRF token, sync id, client
 * id) carrying what the Flow client would send — the router's {@code ui-navigate} event on the UI and DOM
 * {@code click} events on elements. Elements are found the way a test finds them, by their {@code id} attribute
 * (deal cards by the {@code data-deal-id} in their column's markup), in the state-tree changes the server sends. No
 * push connection: what the server pushes arrives with the next response. Not thread-safe; one per virtual user.
 */
final class VaadinClient {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Pattern META = Pattern.compile("<meta\\s+name=\"(_csrf(?:_parameter)?)\"\\s+content=\"([^\"]*)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");
    private static final int PROPERTIES = 1; // NodeFeatures.ELEMENT_PROPERTIES
    private static final int ATTRIBUTES = 3; // NodeFeatures.ELEMENT_ATTRIBUTES
    private static final Pattern DEAL_ID = Pattern.compile("data-deal-id=\"(\\d+)\"");

    /** A failed round trip: the server answered, but not what a browser would accept. */
    static final class ProtocolError extends RuntimeException {
        ProtocolError(String message) {
            super(message);
        }
    }

    private final HttpClient http;
    private final String baseUrl;
    private final Duration timeout;
    private String sessionCookie;
    private String csrfToken;
    private int uiId = -1;
    private int syncId = -1;
    private int clientId;
    private boolean navigatedOnce;
    /** id attribute → node (the latest element given that id). */
    private final Map<String, Integer> ids = new HashMap<>();
    /** node → the deal ids of the cards in its markup (a board column), for the columns on the page. */
    private final Map<Integer, List<String>> dealIds = new HashMap<>();
    private String lastRequest;
    private String lastAnswer;

    VaadinClient(HttpClient http, String baseUrl, Duration timeout) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.timeout = timeout;
    }

    // login ----------------------------------------------------------------------------------------------------------

    /** GET /login: the session cookie and the CSRF token of the login form. */
    Map<String, String> loginPage() throws IOException, InterruptedException {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(baseUrl + "/login")).GET());
        expectStatus(page, 200);
        Map<String, String> meta = new HashMap<>();
        Matcher matcher = META.matcher(page.body());
        while (matcher.find()) {
            meta.put(matcher.group(1), matcher.group(2));
        }
        return meta;
    }

    /** POST /login as the form does; Spring Security redirects to "/" on success, "/login?error" otherwise. */
    void login(Map<String, String> loginPage, String username, String password) throws IOException, InterruptedException {
        StringBuilder form = new StringBuilder("username=").append(encode(username)).append("&password=").append(encode(password));
        if (loginPage.containsKey("_csrf")) {
            form.append('&').append(loginPage.getOrDefault("_csrf_parameter", "_csrf")).append('=')
                    .append(encode(loginPage.get("_csrf")));
        }
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error") || location.endsWith("/login")) {
            throw new ProtocolError("login of " + username + " failed: " + response.statusCode() + " → " + location);
        }
    }

    // Vaadin ---------------------------------------------------------------------------------------------------------

    /** The bootstrap request of the Flow client for a route: creates the UI, hands out its id and CSRF token. */
    void init(String route) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(baseUrl + "/?v-r=init&location="
                + encode(route) + "&query=")).GET());
        expectStatus(response, 200);
        JsonNode initial = JSON.readTree(response.body());
        JsonNode config = initial.path("appConfig");
        JsonNode uidl = config.path("uidl");
        if (uidl.isMissingNode() || !uidl.has("Vaadin-Security-Key")) {
            throw new ProtocolError("init of " + route + " without UIDL: " + abbreviate(response.body()));
        }
        uiId = uidl.path("v-uiId").asInt(config.path("v-uiId").asInt(0));
        csrfToken = uidl.path("Vaadin-Security-Key").asString();
        // A new UI: its message counter starts again and none of the old UI's elements exist.
        clientId = 0;
        ids.clear();
        dealIds.clear();
        read(uidl);
        navigatedOnce = false;
    }

    /** What the client router sends on a page load or a menu/link click; returns the UIDL answer. */
    JsonNode navigate(String route) throws IOException, InterruptedException {
        return navigate(route, "");
    }

    /** The same with a query string ({@code view=list}). */
    JsonNode navigate(String route, String query) throws IOException, InterruptedException {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", query);
        data.put("appShellTitle", "");
        data.set("historyState", JSON.createObjectNode().put("idx", clientId).put("key", "load" + clientId));
        data.put("trigger", navigatedOnce ? "link" : "");
        navigatedOnce = true;
        return uidl(event(1, "ui-navigate", data));
    }

    /** A click on the element with that id attribute. */
    JsonNode clickId(String id) throws IOException, InterruptedException {
        Integer node = ids.get(id);
        if (node == null) {
            throw new ProtocolError("no element with id " + id + " on the page");
        }
        return uidl(event(node, "click", clickData()));
    }

    /**
     * A click inside the element with that id attribute, with the event data its listener asks the browser for
     * (expression → value), as the Flow client sends it.
     */
    JsonNode clickId(String id, Map<String, Object> eventData) throws IOException, InterruptedException {
        Integer node = ids.get(id);
        if (node == null) {
            throw new ProtocolError("no element with id " + id + " on the page");
        }
        ObjectNode data = clickData();
        eventData.forEach((key, value) -> data.set(key, JSON.valueToTree(value)));
        return uidl(event(node, "click", data));
    }

    /** The deal id of one (chosen at random) of the deal cards on the page. */
    String anyDealId(java.util.random.RandomGenerator random) {
        List<String> shown = dealIds.values().stream().flatMap(List::stream).toList();
        if (shown.isEmpty()) {
            throw new ProtocolError("no deal card on the page");
        }
        return shown.get(random.nextInt(shown.size()));
    }

    boolean hasId(String id) {
        return ids.containsKey(id);
    }

    Optional<Integer> node(String id) {
        return Optional.ofNullable(ids.get(id));
    }

    private static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", name);
        rpc.set("data", data);
        return rpc;
    }

    private static ObjectNode clickData() {
        ObjectNode data = JSON.createObjectNode();
        for (String number : List.of("screenX", "screenY", "clientX", "clientY", "detail", "button")) {
            data.put("event." + number, number.equals("detail") ? 1 : 0);
        }
        for (String key : List.of("ctrlKey", "shiftKey", "altKey", "metaKey")) {
            data.put("event." + key, false);
        }
        return data;
    }

    /** One server round trip with one RPC invocation, as the Flow client sends it. */
    private JsonNode uidl(ObjectNode invocation) throws IOException, InterruptedException {
        if (uiId < 0) {
            throw new IllegalStateException("init first");
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("csrfToken", csrfToken);
        ArrayNode rpc = body.putArray("rpc");
        rpc.add(invocation);
        body.put("syncId", syncId);
        body.put("clientId", clientId);
        lastRequest = body.toString();
        String text = post(lastRequest);
        lastAnswer = text;
        JsonNode parsed = JSON.readTree(text);
        JsonNode message = parsed.isArray() ? parsed.path(0) : parsed;
        JsonNode meta = message.path("meta");
        if (meta.has("appError") || meta.has("sessionExpired") || message.has("redirect")) {
            throw new ProtocolError("server answered " + abbreviate(meta.toString() + message.path("redirect")));
        }
        if (!message.has("syncId")) {
            throw new ProtocolError("UIDL answer without syncId: " + abbreviate(text));
        }
        clientId++;
        read(message);
        if (text.contains("Internal error") || text.contains("\"v-system-error\"")) {
            throw new ProtocolError("internal error shown: " + abbreviate(text));
        }
        return message;
    }

    /**
     * Sends the last UIDL request again, unchanged, as the Flow client does when the answer to it never arrived;
     * returns the server's answer as text (the server must send the same answer again and change nothing).
     */
    String resendLast() throws IOException, InterruptedException {
        if (lastRequest == null) {
            throw new IllegalStateException("nothing sent yet");
        }
        return post(lastRequest);
    }

    /** The text of the last UIDL answer (after the {@code for(;;);} guard). */
    String lastAnswer() {
        return lastAnswer;
    }

    private String post(String body) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                        URI.create(baseUrl + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        expectStatus(response, 200);
        String text = response.body();
        return text.startsWith("for(;;);") ? text.substring("for(;;);".length()) : text;
    }

    /** Takes sync id, element ids and deal cards out of a UIDL message. */
    private void read(JsonNode message) {
        if (message.has("syncId")) {
            syncId = message.path("syncId").asInt();
        }
        java.util.Set<Integer> detached = new java.util.HashSet<>();
        for (JsonNode change : message.path("changes")) {
            int node = change.path("node").asInt();
            int feature = change.path("feat").asInt(-1);
            String type = change.path("type").asString("");
            if ("detach".equals(type)) {
                detached.add(node);
            } else if ("put".equals(type) && feature == ATTRIBUTES && "id".equals(change.path("key").asString(""))) {
                ids.put(change.path("value").asString(""), node);
            } else if ("put".equals(type) && feature == PROPERTIES
                    && "innerHTML".equals(change.path("key").asString(""))) {
                List<String> cards = DEAL_ID.matcher(change.path("value").asString("")).results()
                        .map(match -> match.group(1)).toList();
                if (cards.isEmpty()) {
                    dealIds.remove(node);
                } else {
                    dealIds.put(node, cards);
                }
            }
        }
        if (!detached.isEmpty()) {
            // Elements the server removed (a live update replaced them) can no longer be clicked.
            ids.values().removeIf(detached::contains);
            dealIds.keySet().removeIf(detached::contains);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        request.timeout(timeout);
        if (sessionCookie != null) {
            request.header("Cookie", "JSESSIONID=" + sessionCookie);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            Matcher matcher = SESSION_COOKIE.matcher(cookie);
            if (matcher.find()) {
                sessionCookie = matcher.group(1);
            }
        }
        return response;
    }

    private static void expectStatus(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new ProtocolError("HTTP " + response.statusCode() + " for " + response.request().uri().getQuery()
                    + ": " + abbreviate(response.body()));
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "…";
    }
}
