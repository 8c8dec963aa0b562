package com.salespact.deals.ui;

import com.salespact.deals.AccountChoice;
import com.salespact.deals.DealChoice;
import java.util.Optional;

/**
 * A page about one account, maybe one of its deals: what an action opened on it (the floating Log button) links to
 * by default. The deal and account pages implement it, so other features read what the current page is about
 * without knowing the views.
 */
public interface PageSubject {

    /** The account the page shows; empty while it shows none (a new deal). */
    Optional<AccountChoice> subjectAccount();

    /** The deal the page shows; empty on an account page. */
    default Optional<DealChoice> subjectDeal() {
        return Optional.empty();
    }
}
