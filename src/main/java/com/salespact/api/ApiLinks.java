package com.salespact.api;

/** The API's own addresses outside Vaadin: the OpenAPI document and Swagger UI (docs only, no data, no token). */
public final class ApiLinks {

    public static final String DOCUMENT = "/api/v1/openapi.json";
    public static final String DOCS = "/api/docs";

    private ApiLinks() {
    }
}
