package com.salespact.api.ui;

import com.vaadin.flow.component.UI;

/** The public way into the API's pages: the admin's token list. */
public final class ApiNavigation {

    public static final String TOKENS_ROUTE = "admin/api-tokens";

    private ApiNavigation() {
    }

    public static void toTokens() {
        UI.getCurrent().navigate(ApiTokensView.class);
    }
}
