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
        String message = "PostgreSQL not reachable at " + PostgresTestDatabase.url() + " as user "
                + PostgresTestDatabase.user() + " (" + probe.failure()
                + "); set SALESPACT_TEST_PG_URL (and SALESPACT_TEST_PG_USER/SALESPACT_TEST_PG_PASSWORD)"
                + " or run .ci/start-postgres.sh";
        if (PostgresTestDatabase.required()) {
            throw new IllegalStateException(message + " [failing instead of skipping: CI=true or SALESPACT_TEST_PG_REQUIRED=true]");
        }
        return ConditionEvaluationResult.disabled(message);
    }

    record Probe(String failure) {

        static Probe run() {
            try {
                PostgresTestDatabase.probe();
                return new Probe(null);
            } catch (SQLException e) {
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                return new Probe(reason.lines().findFirst().orElse(reason));
            }
        }
    }
}
