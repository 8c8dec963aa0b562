package com.salespact.pact;

import com.salespact.SeededCompany;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Puts a rep back as the demo seeded them after a test signed pacts through the services: no pact, no ladder
 * standing, and targets as they were before a countersignature set them.
 */
public final class PactTestData {

    private PactTestData() {
    }

    public static void removePactOf(JdbcTemplate jdbc, String username) {
        long repId = new SeededCompany(jdbc).personId(username);
        jdbc.update("delete from app_notification where (kind like 'PACT_%' or kind in ('TARGET_CHANGED', 'LADDER_RUNG'))"
                + " and person_id in (?, (select id from person where username = 'manager'))", repId);
        jdbc.update("delete from pact where rep_id = ?", repId);
        restoreTargets(jdbc, repId);
    }

    /**
     * Targets only a pact set go; a target a pact changed is put back to its last revision from elsewhere; the
     * ladder standing and history go with the pact.
     */
    public static void restoreTargets(JdbcTemplate jdbc, long repId) {
        jdbc.update("""
                delete from target where person_id = ?
                  and not exists (select 1 from target_revision r where r.target_id = target.id
                                  and r.reason not like 'Set by sales pact%')""", repId);
        jdbc.update("""
                update target set revenue = (select r.new_revenue from target_revision r where r.target_id = target.id
                        and r.reason not like 'Set by sales pact%' order by r.id desc fetch first 1 rows only),
                    min_gross_profit = (select r.new_min_gp from target_revision r where r.target_id = target.id
                        and r.reason not like 'Set by sales pact%' order by r.id desc fetch first 1 rows only)
                where person_id = ?
                  and exists (select 1 from target_revision r where r.target_id = target.id
                              and r.reason like 'Set by sales pact%')""", repId);
        jdbc.update("""
                delete from target_revision where reason like 'Set by sales pact%'
                  and target_id in (select id from target where person_id = ?)""", repId);
        jdbc.update("delete from ladder_event where rep_id = ?", repId);
        jdbc.update("delete from ladder_standing where rep_id = ?", repId);
    }
}
