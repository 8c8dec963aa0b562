package com.salespact.pact;

/**
 * Where the pact screens live: the one place shared by the services (links in notifications) and the views
 * ({@code ui.PactNavigation}).
 */
public final class PactLinks {

    public static final String LIST = "pacts";
    public static final String REVIEW_STEP = "review";
    public static final String PRINT = "pact-print";

    private PactLinks() {
    }

    /** {@code pacts/42/targets}: a version's wizard step. */
    public static String step(long versionId, PactStep step) {
        return LIST + "/" + versionId + "/" + step.slug();
    }

    /** {@code pacts/42/review}: a version to read, sign or countersign (with its ladder standing). */
    public static String review(long versionId) {
        return LIST + "/" + versionId + "/" + REVIEW_STEP;
    }

    /** {@code pact-print/42}: the printable signed pact. */
    public static String print(long versionId) {
        return PRINT + "/" + versionId;
    }
}
