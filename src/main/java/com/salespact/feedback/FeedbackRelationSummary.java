package com.salespact.feedback;

import java.math.BigDecimal;
import java.util.List;

/**
 * The answers of one relation (self, manager, peers, upward) in a 360 summary. {@code respondents} is empty for
 * anonymous relations; {@code withheld} says answers exist but are not shown to this reader yet (too few to stay
 * anonymous), in which case the rating and texts are empty too.
 */
public record FeedbackRelationSummary(FeedbackRelation relation, int asked, int answered, BigDecimal averageRating,
                                      List<String> respondents, List<String> strengths, List<String> improvements,
                                      boolean withheld) {

    public boolean shown() {
        return answered > 0 && !withheld;
    }
}
