package com.salespact.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Streaming multi-row insert for the benchmark data: {@code insert into t (a, b) values (?, ?), (?, ?), …} with
 * {@value #ROWS_PER_STATEMENT} rows per statement, {@value #STATEMENTS_PER_BATCH} statements per JDBC batch.
 * Portable (H2 2.x and PostgreSQL); rows are added one by one, so a million of them never sit in memory.
 * Nulls are bound with the column's SQL type, as PostgreSQL requires.
 */
final class BulkInsert implements AutoCloseable {

    static final int ROWS_PER_STATEMENT = 250;
    static final int STATEMENTS_PER_BATCH = 8;
    /** Long tables are committed every so many rows, so neither database holds a million-row transaction. */
    static final int COMMIT_EVERY = 100_000;

    private final Connection connection;
    private final String table;
    private final String columns;
    private final int[] types;
    private final List<Object[]> pending = new ArrayList<>(ROWS_PER_STATEMENT);
    private PreparedStatement full;
    private int batched;
    private long rows;
    private long uncommitted;
    private boolean closed;

    /**
     * @param types the {@link Types} of the columns, in order (used for nulls)
     */
    BulkInsert(Connection connection, String table, String columns, int... types) {
        this.connection = connection;
        this.table = table;
        this.columns = columns;
        this.types = types.clone();
        if (columns.split(",").length != types.length) {
            throw new IllegalArgumentException("columns and types of " + table + " differ in number");
        }
    }

    /** Adds one row (values in column order: Long, Integer, String, BigDecimal, Boolean, LocalDate, OffsetDateTime). */
    BulkInsert row(Object... values) throws SQLException {
        if (values.length != types.length) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + types.length + " columns");
        }
        pending.add(values);
        rows++;
        if (pending.size() == ROWS_PER_STATEMENT) {
            if (full == null) {
                full = connection.prepareStatement(sql(ROWS_PER_STATEMENT));
            }
            bind(full, pending);
            full.addBatch();
            pending.clear();
            uncommitted += ROWS_PER_STATEMENT;
            if (++batched == STATEMENTS_PER_BATCH) {
                full.executeBatch();
                batched = 0;
                if (uncommitted >= COMMIT_EVERY && !connection.getAutoCommit()) {
                    connection.commit();
                    uncommitted = 0;
                }
            }
        }
        return this;
    }

    long rows() {
        return rows;
    }

    /** Sends what is left (the caller commits). */
    @Override
    public void close() throws SQLException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (full != null && batched > 0) {
                full.executeBatch();
            }
            if (!pending.isEmpty()) {
                try (PreparedStatement rest = connection.prepareStatement(sql(pending.size()))) {
                    bind(rest, pending);
                    rest.executeUpdate();
                }
                pending.clear();
            }
        } finally {
            if (full != null) {
                full.close();
            }
        }
    }

    private void bind(PreparedStatement statement, List<Object[]> chunk) throws SQLException {
        int index = 0;
        for (Object[] row : chunk) {
            for (int column = 0; column < row.length; column++) {
                Object value = row[column];
                index++;
                if (value == null) {
                    statement.setNull(index, types[column]);
                } else if (value instanceof String text) {
                    statement.setString(index, text);
                } else if (value instanceof Long number) {
                    statement.setLong(index, number);
                } else if (value instanceof Integer number) {
                    statement.setInt(index, number);
                } else if (value instanceof Boolean flag) {
                    statement.setBoolean(index, flag);
                } else if (value instanceof java.math.BigDecimal decimal) {
                    statement.setBigDecimal(index, decimal);
                } else {
                    statement.setObject(index, value); // LocalDate, OffsetDateTime
                }
            }
        }
    }

    private String sql(int rowCount) {
        String row = "(" + "?, ".repeat(types.length - 1) + "?)";
        return "insert into " + table + " (" + columns + ") values " + String.join(", ", Collections.nCopies(rowCount, row));
    }
}
