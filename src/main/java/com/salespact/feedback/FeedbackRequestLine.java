package com.salespact.feedback;

import com.salespact.base.DateRange;
import java.time.LocalDate;

/** A 360 request waiting for its respondent's answer. */
public record FeedbackRequestLine(long id, long version, long subjectId, String subjectName,
                                  FeedbackRelation relation, DateRange period, LocalDate dueOn,
                                  String requestedByName) {
}
