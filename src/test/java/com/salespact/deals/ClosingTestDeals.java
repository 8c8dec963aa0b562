package com.salespact.deals;

import com.salespact.SeededCompany;
import com.salespact.TestSupport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Fresh deals in NEGOTIATION for the closing tests, so no seeded deal (which other tests count) is closed; {@link
 * #deleteAll()} removes them with their history and any closing.
 */
public final class ClosingTestDeals {

    private final DealService deals;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;
    private final List<Long> created = new ArrayList<>();

    public ClosingTestDeals(DealService deals, UserDetailsService users, JdbcTemplate jdbc) {
        this.deals = deals;
        this.users = users;
        this.jdbc = jdbc;
    }

    /** A new deal of {@code username} in NEGOTIATION (amount 40,000, GP 12,000), created as them; signs out after. */
    public DealDetails negotiation(String username, String name) {
        long accountId = new SeededCompany(jdbc).firstAccountOf(username);
        DealDraft draft = new DealDraft();
        draft.setName(name);
        draft.setAccountId(accountId);
        draft.setAmount(new BigDecimal("40000.00"));
        draft.setGrossProfit(new BigDecimal("12000.00"));
        draft.setStage(Stage.NEGOTIATION);
        draft.setExpectedCloseDate(LocalDate.of(2026, 12, 10));
        TestSupport.signIn(users, username);
        try {
            DealDetails deal = deals.save(null, 0, null, draft);
            created.add(deal.id());
            return deal;
        } finally {
            TestSupport.signOut();
        }
    }

    public void deleteAll() {
        created.forEach(id -> jdbc.update("delete from deal where id = ?", id));
        created.clear();
    }
}
