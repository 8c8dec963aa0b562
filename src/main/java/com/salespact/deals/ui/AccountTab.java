package com.salespact.deals.ui;

import com.vaadin.flow.component.Component;

/**
 * A tab another feature adds to the account page, after the deals: what the page shows about an account that deals
 * does not own (the activities logged on it). Implementations are Spring beans, like the shell's actions, so deals
 * knows nothing about the features that build on it.
 */
public interface AccountTab {

    /** Translation key of the tab's title. */
    String titleKey();

    /** A fresh content for one account page. */
    Content create();

    /** What the tab shows; the page says which account, again whenever it shows the account anew. */
    interface Content {

        Component component();

        void show(long accountId);
    }
}
