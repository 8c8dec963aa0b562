package com.salespact.base;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Binds values in column order for hand-written batch SQL (bulk imports, the demo seed). Nulls are typed, as
 * PostgreSQL requires.
 */
public final class SqlParams {

    private final PreparedStatement ps;
    private int index;

    public SqlParams(PreparedStatement ps) {
        this.ps = ps;
    }

    public SqlParams text(String value) throws SQLException {
        if (value == null) {
            ps.setNull(++index, Types.VARCHAR);
        } else {
            ps.setString(++index, value);
        }
        return this;
    }

    public SqlParams id(Long value) throws SQLException {
        if (value == null) {
            ps.setNull(++index, Types.BIGINT);
        } else {
            ps.setLong(++index, value);
        }
        return this;
    }

    public SqlParams integer(int value) throws SQLException {
        ps.setInt(++index, value);
        return this;
    }

    public SqlParams decimal(BigDecimal value) throws SQLException {
        ps.setBigDecimal(++index, value);
        return this;
    }

    public SqlParams date(LocalDate value) throws SQLException {
        if (value == null) {
            ps.setNull(++index, Types.DATE);
        } else {
            ps.setObject(++index, value);
        }
        return this;
    }

    public SqlParams timestamp(OffsetDateTime value) throws SQLException {
        ps.setObject(++index, value);
        return this;
    }

    public SqlParams bool(boolean value) throws SQLException {
        ps.setBoolean(++index, value);
        return this;
    }
}
