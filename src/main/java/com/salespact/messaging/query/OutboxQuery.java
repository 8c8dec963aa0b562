package com.salespact.messaging.query;

import com.salespact.messaging.Channel;
import com.salespact.messaging.OutboxLine;
import com.salespact.messaging.OutboxRows;
import com.salespact.messaging.OutboxStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link OutboxRows} in SQL: one page at a time for the grid. No access check here: {@code OutboxService} has it. */
@Component
class OutboxQuery implements OutboxRows {

    private static final String COLUMNS = "id, channel, status, kind, recipient_name, recipient_address, subject, "
            + "attempts, next_attempt_at, last_error, created_at, sent_at";

    private final JdbcClient jdbc;

    OutboxQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<OutboxLine> page(OutboxStatus status, int offset, int limit) {
        String where = status == null ? "" : " where status = :status";
        JdbcClient.StatementSpec statement = jdbc.sql("select " + COLUMNS + " from outbox_message" + where
                        + " order by created_at desc, id desc offset :offset rows fetch next :limit rows only")
                .param("offset", offset).param("limit", limit);
        if (status != null) {
            statement = statement.param("status", status.name());
        }
        return statement.query(OutboxQuery::line).list();
    }

    @Override
    public int count(OutboxStatus status) {
        return status == null
                ? jdbc.sql("select count(*) from outbox_message").query(Integer.class).single()
                : jdbc.sql("select count(*) from outbox_message where status = ?").param(status.name())
                        .query(Integer.class).single();
    }

    @Override
    public Optional<String> body(long id) {
        return jdbc.sql("select coalesce(body_html, body_text) from outbox_message where id = ?").param(id)
                .query(String.class).optional();
    }

    private static OutboxLine line(ResultSet rs, int row) throws SQLException {
        return new OutboxLine(rs.getLong("id"), Channel.valueOf(rs.getString("channel")),
                OutboxStatus.valueOf(rs.getString("status")), rs.getString("kind"), rs.getString("recipient_name"),
                rs.getString("recipient_address"), rs.getString("subject"), rs.getInt("attempts"),
                instant(rs, "next_attempt_at"), rs.getString("last_error"), instant(rs, "created_at"),
                instant(rs, "sent_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
