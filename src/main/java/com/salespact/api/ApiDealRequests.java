package com.salespact.api;

import com.salespact.deals.ForecastCategory;
import com.salespact.deals.Stage;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What deal writes take (JSON bodies); an absent field in an update keeps its current value. */
final class ApiDealRequests {

    private ApiDealRequests() {
    }

    /** A new deal for {@code ownerId}, a rep of the token's team. */
    record Create(String name, Long accountId, Long ownerId, BigDecimal amount, BigDecimal grossProfit, Stage stage,
                  ForecastCategory forecastCategory, LocalDate expectedCloseDate, String nextStep) {
    }

    /** A change of the deal as it was at {@code version} (required). */
    record Update(Long version, String name, Long accountId, BigDecimal amount, BigDecimal grossProfit, Stage stage,
                  ForecastCategory forecastCategory, LocalDate expectedCloseDate, String nextStep) {
    }

    /** A move to another open stage. */
    record Move(Long version, Stage stage) {
    }

    /** A win: amount and close date default to the deal's amount and today. */
    record Win(Long version, BigDecimal amount, LocalDate closedOn) {
    }

    /** A loss: the reason is required, the date defaults to today. */
    record Lose(Long version, String reason, LocalDate closedOn) {
    }
}
