package com.salespact.api;

/** Header names and values of the API's protocol (not user texts; text blocks keep them out of UserTextsTest). */
final class ApiHeaders {

    static final String IDEMPOTENCY_KEY = """
            Idempotency-Key""";

    /** Set on an answer replayed for a repeated idempotency key. */
    static final String REPLAYED = """
            Idempotent-Replayed""";

    /** The authentication scheme of the Authorization header (RFC 6750). */
    static final String BEARER_SCHEME = """
            Bearer""";

    static final String BEARER_CHALLENGE = """
            Bearer realm="SalesPact API\"""";

    static final String REALM = """
            SalesPact API""";

    /** The token endpoints' challenge (HTTP Basic with an admin's username and password). */
    static final String BASIC_CHALLENGE = """
            Basic realm="SalesPact API\"""";

    static final String DESCRIPTION = """
            Deals, accounts, activities, targets and team pace of SalesPact. Every call takes an API token \
            (Authorization: Bearer spk_...) that an admin creates on the page API tokens (/admin/api-tokens) or with \
            POST /api/v1/tokens (HTTP Basic with the admin's username and password, accepted on /api/v1/tokens only). \
            Writes go through the same rules as the app; a POST may carry an Idempotency-Key header.""";

    private ApiHeaders() {
    }
}
