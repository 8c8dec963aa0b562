package com.salespact.base;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Carries {@link TeamEvent}s between application nodes sharing one PostgreSQL database, with PostgreSQL's own
 * LISTEN/NOTIFY: after a commit this node NOTIFYs {@value #CHANNEL} with a small JSON payload (node id, event class,
 * team, fields); a dedicated listener connection on a virtual thread hands other nodes' events to
 * {@link LiveUpdates#deliver(TeamEvent)}, and skips its own (they were delivered locally already).
 * <p>
 * Events are records in feature packages; base does not know them. The payload names the record's class, and only a
 * record implementing {@link TeamEvent} under {@code com.salespact} is ever built from it. An event this node cannot
 * read (a newer node's during a rolling update) still refreshes its team as a {@link TeamDataChanged}.
 * <p>
 * Notifications sent while the listener is reconnecting are lost (PostgreSQL queues only for a listening session);
 * screens then catch up with the next change of their team. Enabled by {@code salespact.live.relay=postgres}
 * (set in the {@code postgres} profile); see {@link LiveRelayConfig}.
 */
public class PostgresLiveRelay implements SmartLifecycle, Consumer<TeamEvent> {

    static final String CHANNEL = "salespact_live";
    /** PostgreSQL refuses payloads of 8000 bytes or more; keep clear of it. */
    static final int MAX_PAYLOAD_BYTES = 7900;
    private static final long POLL_MILLIS = 500;
    private static final long RECONNECT_MILLIS = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(PostgresLiveRelay.class);

    private final LiveUpdates live;
    private final JdbcTemplate jdbc;
    private final String url;
    private final String user;
    private final String password;
    private final String nodeId = UUID.randomUUID().toString();
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // Amounts arrive as they left (20600.00 stays 20600.00, not a double).
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    /** One sender keeps this node's notifications in commit order and off the saving thread. */
    private final ExecutorService sender = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("live-notify").factory());
    private volatile boolean running;
    private volatile boolean listening;
    private final AtomicInteger connects = new AtomicInteger();
    private volatile Thread listener;

    public PostgresLiveRelay(LiveUpdates live, DataSource dataSource, String url, String user, String password) {
        this.live = live;
        this.jdbc = new JdbcTemplate(dataSource);
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public String nodeId() {
        return nodeId;
    }

    /** Whether the listener connection is up and LISTENing (other nodes' events arrive). */
    public boolean isListening() {
        return listening;
    }

    /** Called by {@link LiveUpdates} after a local commit. */
    @Override
    public void accept(TeamEvent event) {
        String payload = encode(event);
        sender.execute(() -> {
            try {
                jdbc.query("select pg_notify(?, ?)", rs -> null, CHANNEL, payload);
            } catch (RuntimeException e) {
                LOG.warn("Could not tell the other nodes about {}: {}", event.getClass().getSimpleName(), e.toString());
            }
        });
    }

    String encode(TeamEvent event) {
        ObjectNode message = json.createObjectNode();
        message.put("node", nodeId);
        message.put("type", event.getClass().getName());
        if (event.teamId() != null) {
            message.put("team", event.teamId());
        }
        message.set("event", json.valueToTree(event));
        String text = json.writeValueAsString(message);
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
            // Too big for NOTIFY: the other nodes' screens of the team re-read everything instead.
            return encode(new TeamDataChanged(event.teamId()));
        }
        return text;
    }

    /** The event in a payload, or null when it is this node's own (or unreadable without a team). */
    TeamEvent decode(String payload) {
        JsonNode message = json.readTree(payload);
        if (nodeId.equals(message.path("node").asString())) {
            return null;
        }
        Long team = message.hasNonNull("team") ? message.get("team").asLong() : null;
        try {
            Class<?> type = Class.forName(message.path("type").asString(), false, getClass().getClassLoader());
            if (!type.isRecord() || !TeamEvent.class.isAssignableFrom(type)
                    || !type.getPackageName().startsWith("com.salespact.")) {
                throw new IllegalArgumentException("not a team event: " + type.getName());
            }
            return (TeamEvent) json.treeToValue(message.get("event"), type);
        } catch (ClassNotFoundException | RuntimeException unreadable) {
            LOG.warn("Unreadable live event from node {} ({}); refreshing team {} instead",
                    message.path("node").asString(), unreadable.toString(), team);
            return team == null ? null : new TeamDataChanged(team);
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, listenerProperties())) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                listening = true;
                connects.incrementAndGet();
                LOG.info("Live relay node {} listening on PostgreSQL channel {}", nodeId, CHANNEL);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications((int) POLL_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            receive(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (running) {
                    LOG.warn("Live relay lost its listener connection ({}); reconnecting", e.toString());
                    pause();
                }
            }
        }
        listening = false;
    }

    /** Named in pg_stat_activity; TCP keep-alive so a silently dropped connection is noticed and replaced. */
    private Properties listenerProperties() {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("ApplicationName", listenerName());
        properties.setProperty("tcpKeepAlive", "true");
        return properties;
    }

    String listenerName() {
        return "salespact-live-" + nodeId.substring(0, 8);
    }

    /** How often the listener connection has been (re)opened. */
    int connects() {
        return connects.get();
    }

    private void receive(String payload) {
        try {
            TeamEvent event = decode(payload);
            if (event != null) {
                live.deliver(event);
            }
        } catch (RuntimeException e) {
            LOG.warn("Ignoring a malformed live notification: {}", e.toString());
        }
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        live.addRelay(this);
        listener = Thread.ofVirtual().name("live-listen").start(this::listen);
    }

    @Override
    public synchronized void stop() {
        running = false;
        Thread thread = listener;
        if (thread != null) {
            try {
                thread.join(POLL_MILLIS * 4);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        sender.shutdown();
        try {
            sender.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
