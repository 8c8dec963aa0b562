package com.salespact.commission;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Puts a rep's 2026 commission plan back as seeded after a test changed it (the first call remembers it). */
public final class CommissionTestData {

    private CommissionTestData() {
    }

    /** @return the seeded plan, read on the first call ({@code seeded} null) and written back on later ones */
    public static Map<String, Object> restorePlan(JdbcTemplate jdbc, long repId, Map<String, Object> seeded) {
        if (seeded == null) {
            return jdbc.queryForMap("select revenue_rate, gp_rate_above_min, accelerator_threshold,"
                    + " accelerator_multiplier from commission_plan where rep_id = ? and fiscal_year = 2026", repId);
        }
        jdbc.update("update commission_plan set revenue_rate = ?, gp_rate_above_min = ?, accelerator_threshold = ?,"
                + " accelerator_multiplier = ? where rep_id = ? and fiscal_year = 2026",
                seeded.get("revenue_rate"), seeded.get("gp_rate_above_min"), seeded.get("accelerator_threshold"),
                seeded.get("accelerator_multiplier"), repId);
        return seeded;
    }
}
