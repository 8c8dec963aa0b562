package com.salespact.goals;

import com.salespact.deals.csv.CsvKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Targets as CSV: {@code username_or_team,fiscal_year,revenue,min_gross_profit,w1..w12}, the year's targets in the
 * caller's scope. The file reads back through the one import pipeline as {@link CsvKind#TARGETS} ({@link TargetImport})
 * and changes nothing.
 */
@Service
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
public class TargetCsvExport {

    public static final List<String> COLUMNS = CsvKind.TARGETS.columns();

    private final GoalService goals;

    TargetCsvExport(GoalService goals) {
        this.goals = goals;
    }

    public String fileName(int fiscalYear) {
        return "salespact-targets-FY" + fiscalYear + ".csv";
    }

    /** The year's stored targets in the caller's scope: explicit team targets, then every rep with a target. */
    @Transactional(readOnly = true)
    public void export(int fiscalYear, OutputStream out) throws IOException {
        YearTargets year = goals.year(fiscalYear);
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT.builder()
                .setHeader(COLUMNS.toArray(String[]::new)).setRecordSeparator("\n").get())) {
            for (TeamTargetLine team : year.teams()) {
                if (team.explicit()) {
                    printer.printRecord(row(team.name(), fiscalYear, team.explicitRevenue(),
                            team.explicitMinGrossProfit(), team.seasonality()));
                }
            }
            for (TargetLine rep : year.reps()) {
                if (rep.hasTarget()) {
                    printer.printRecord(row(rep.username(), fiscalYear, rep.revenue(), rep.minGrossProfit(),
                            rep.seasonality()));
                }
            }
            printer.flush();
        }
    }

    public byte[] export(int fiscalYear) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            export(fiscalYear, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static List<String> row(String who, int year, BigDecimal revenue, BigDecimal minGp, Seasonality weights) {
        List<String> values = new ArrayList<>(COLUMNS.size());
        values.add(who);
        values.add(String.valueOf(year));
        values.add(revenue.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
        values.add(minGp.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
        weights.weights().forEach(weight -> values.add(weight.stripTrailingZeros().toPlainString()));
        return values;
    }
}
