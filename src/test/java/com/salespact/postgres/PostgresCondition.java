package com.salespact.postgres;

import java.sql.SQLException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The condition behind {@link EnabledIfPostgres}; probes the server once per test run. */
class PostgresCondition implements ExecutionCondition {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PostgresCondition.class);

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Probe probe = context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(PostgresTestDatabase.url(), url -> Probe.run(), Probe.class);
        if (probe.failure() == null) {
            return ConditionEvaluationResult.enabled("PostgreSQL reachable at " + PostgresTestDatabase.url());
        }
        String message = message(probe);
        if (PostgresTestDatabase.required()) {
            throw new IllegalStateException(message + " [failing instead of skipping: SALESPACT_TEST_PG_REQUIRED=true]");
        }
        return ConditionEvaluationResult.disabled(message);
    }

    private static String message(Probe probe) {
        return "PostgreSQL not reachable at " + PostgresTestDatabase.url() + " as user " + PostgresTestDatabase.user()
                + " (" + probe.failure() + "); set SALESPACT_TEST_PG_URL (and SALESPACT_TEST_PG_USER/"
                + "SALESPACT_TEST_PG_PASSWORD) or start one with: eval \"$(.ci/start-postgres.sh)\"";
    }

    record Probe(String failure) {

        /** Probes once per run; a failure is said on the console once, since skipped tests say nothing there. */
        static Probe run() {
            try {
                PostgresTestDatabase.probe();
                return new Probe(null);
            } catch (SQLException e) {
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                Probe failed = new Probe(reason.lines().findFirst().orElse(reason));
                if (!PostgresTestDatabase.required()) {
                    System.err.println("[salespact] The PostgreSQL tests are SKIPPED. " + message(failed));
                }
                return failed;
            }
        }
    }
}
