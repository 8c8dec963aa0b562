package com.salespact.api.ui;

import com.vaadin.flow.component.UI;

/** The public way into the API's pages: the admin's token list. */
public final class ApiNavigation {

    public static final String TOKENS_ROUTE = "admin/api-tokens";
    /** Swagger UI, served outside Vaadin: opened as a plain link in a new tab. */
    public static final String DOCS = com.salespact.api.ApiLinks.DOCS;

    private ApiNavigation() {
    }

    public static void toTokens() {
        UI.getCurrent().navigate(ApiTokensView.class);
    }
}
