package com.salespact.pact;

import java.math.BigDecimal;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records the targets a countersigned pact version set, per fiscal year ({@code pact_target}), so a later change of
 * the rep's targets outside the pact shows (see {@link PactRows#outOfStep}). Writes only.
 */
@Component
class PactTargetWriter {

    private final NamedParameterJdbcTemplate jdbc;

    PactTargetWriter(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void write(long versionId, int fiscalYear, BigDecimal revenue, BigDecimal minGrossProfit) {
        jdbc.update("insert into pact_target (pact_version_id, fiscal_year, revenue, min_gross_profit) "
                + "values (:version, :year, :revenue, :gp)", new MapSqlParameterSource("version", versionId)
                .addValue("year", fiscalYear).addValue("revenue", revenue).addValue("gp", minGrossProfit));
    }
}
