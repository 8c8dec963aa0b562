package com.salespact.deals.query;

import com.salespact.deals.ForecastCategory;
import java.math.BigDecimal;
import java.time.YearMonth;

/** Open pipeline expected to close in one month, for one forecast category. */
public record PipelineMonth(YearMonth month, ForecastCategory category, BigDecimal amount, int deals) {
}
