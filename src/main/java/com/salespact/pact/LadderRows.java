package com.salespact.pact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** Reads a {@code ladder_standing} row's columns (joined into a wider query) as a {@link LadderPosition}. */
final class LadderRows {

    private LadderRows() {
    }

    /** @return null when the rep has not been evaluated yet (no pact in force, or before the first week). */
    static LadderPosition position(ResultSet rs) throws SQLException {
        LocalDate week = rs.getObject("week_start", LocalDate.class);
        if (week == null) {
            return null;
        }
        String trigger = rs.getString("ladder_trigger");
        return new LadderPosition(rs.getInt("rung"), rs.getInt("rung_count"),
                trigger == null ? null : LadderTrigger.valueOf(trigger.strip()), rs.getString("consequence"),
                rs.getString("reason"), week);
    }
}
