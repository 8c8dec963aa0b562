package com.salespact.feedback;

import com.salespact.base.DateRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a 360 about one person over a period says, as one reader may see it: per relation the number asked and
 * answered, the average rating, and strengths and improvements. Anonymous answers carry no names and are sorted
 * alphabetically, so neither names nor the order of answering point to anybody; {@link FeedbackVisibility} decides
 * what this reader may see.
 */
public record FeedbackSummary(long subjectId, String subjectName, DateRange period, int asked, int answered,
                              List<FeedbackRelationSummary> relations) {

    public static FeedbackSummary of(FeedbackPerson viewer, FeedbackPerson subject, DateRange period,
                                     List<FeedbackAnswer> answers) {
        List<FeedbackRelationSummary> relations = new ArrayList<>();
        for (FeedbackRelation relation : FeedbackRelation.values()) {
            List<FeedbackAnswer> asked = answers.stream().filter(a -> a.relation() == relation).toList();
            if (!asked.isEmpty()) {
                relations.add(summarise(viewer, subject, relation, asked));
            }
        }
        return new FeedbackSummary(subject.id(), subject.name(), period, answers.size(),
                (int) answers.stream().filter(FeedbackAnswer::answered).count(), List.copyOf(relations));
    }

    private static FeedbackRelationSummary summarise(FeedbackPerson viewer, FeedbackPerson subject,
                                                     FeedbackRelation relation, List<FeedbackAnswer> asked) {
        List<FeedbackAnswer> given = asked.stream().filter(FeedbackAnswer::answered).toList();
        if (!FeedbackVisibility.showsAnswers(viewer, subject, relation, given.size())) {
            return new FeedbackRelationSummary(relation, asked.size(), given.size(), null, List.of(), List.of(),
                    List.of(), !given.isEmpty());
        }
        boolean named = FeedbackVisibility.namesRespondents(relation);
        List<String> respondents = named ? given.stream().map(FeedbackAnswer::respondentName).toList() : List.of();
        return new FeedbackRelationSummary(relation, asked.size(), given.size(), average(given), respondents,
                texts(given.stream().map(FeedbackAnswer::strengths).toList(), !named),
                texts(given.stream().map(FeedbackAnswer::improvements).toList(), !named), false);
    }

    /** Mean of the ratings given, one decimal; null when nobody rated. */
    static BigDecimal average(List<FeedbackAnswer> given) {
        List<Integer> ratings = given.stream().map(FeedbackAnswer::rating).filter(Objects::nonNull).toList();
        if (ratings.isEmpty()) {
            return null;
        }
        int sum = ratings.stream().mapToInt(Integer::intValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(ratings.size()), 1, RoundingMode.HALF_UP);
    }

    private static List<String> texts(List<String> texts, boolean anonymous) {
        var present = texts.stream().filter(text -> text != null && !text.isBlank());
        return (anonymous ? present.sorted(Comparator.naturalOrder()) : present).toList();
    }

    public Optional<FeedbackRelationSummary> relation(FeedbackRelation relation) {
        return relations.stream().filter(r -> r.relation() == relation).findFirst();
    }

    public boolean isEmpty() {
        return asked == 0;
    }
}
