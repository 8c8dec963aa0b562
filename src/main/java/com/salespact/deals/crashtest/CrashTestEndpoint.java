package com.salespact.deals.crashtest;

import com.salespact.deals.AccountChoice;
import com.salespact.deals.AccountService;
import com.salespact.deals.DealDetails;
import com.salespact.deals.DealDraft;
import com.salespact.deals.DealService;
import com.salespact.deals.ForecastCategory;
import com.salespact.deals.Stage;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Only with the profile {@code crashtest} (never in a normal start): {@code POST /crashtest/deals?name=...} saves a new
 * deal of the signed-in user (HTTP basic) through {@link DealService#save}, exactly the call the deal editor makes, and
 * answers the new id once the transaction has committed. The crash-safety test (issue 7 part 3) fires these
 * concurrently at the production jar, kills the JVM with SIGKILL and checks every acknowledged id survived. A test-only
 * way in because the real editor is a Vaadin screen: driving 100 concurrent browser sessions would measure the browser.
 */
@RestController
@Profile("crashtest")
@RequestMapping("/crashtest")
class CrashTestEndpoint {

    private final DealService deals;
    private final AccountService accounts;
    private final Clock clock;

    CrashTestEndpoint(DealService deals, AccountService accounts, Clock clock) {
        this.deals = deals;
        this.accounts = accounts;
        this.clock = clock;
    }

    @PostMapping("/deals")
    String save(@RequestParam String name) {
        List<AccountChoice> own = accounts.visibleAccounts("", 1);
        if (own.isEmpty()) {
            throw new IllegalStateException("the signed-in user has no account to sell to");
        }
        DealDraft draft = new DealDraft();
        draft.setName(name);
        draft.setAccountId(own.getFirst().id());
        draft.setAmount(new BigDecimal("1000.00"));
        draft.setGrossProfit(new BigDecimal("250.00"));
        draft.setStage(Stage.PROSPECT);
        draft.setForecastCategory(ForecastCategory.PIPELINE);
        draft.setExpectedCloseDate(LocalDate.now(clock).plusDays(30));
        DealDetails saved = deals.save(null, 0, null, draft);
        return Long.toString(saved.id());
    }
}
