package com.salespact.coaching;

import com.salespact.pact.TrainingStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a pact's new training plan lands on the rep's current pact items, matched by title: a matching item keeps
 * its progress and takes the new due date; an unmatched item that is not done is dropped (the pact no longer asks
 * for it), a done one stays as history; a new line becomes a PLANNED item. Items from reviews are never touched.
 */
record TrainingPlanMerge(List<TrainingItem> removed, Map<TrainingItem, LocalDate> rescheduled,
                         List<TrainingPlanLine> added) {

    static TrainingPlanMerge of(List<TrainingItem> current, List<TrainingPlanLine> plan) {
        Map<String, TrainingPlanLine> lines = new LinkedHashMap<>();
        for (TrainingPlanLine line : plan) {
            TrainingItem.checkedTitle(line.title());
            lines.putIfAbsent(TrainingItem.key(line.title()), line);
        }
        List<TrainingItem> removed = new ArrayList<>();
        Map<TrainingItem, LocalDate> rescheduled = new LinkedHashMap<>();
        List<String> matched = new ArrayList<>();
        for (TrainingItem item : current) {
            if (item.getSource() != TrainingSource.PACT) {
                continue;
            }
            String key = TrainingItem.key(item.getTitle());
            TrainingPlanLine line = lines.get(key);
            if (line != null && !matched.contains(key)) {
                matched.add(key);
                rescheduled.put(item, line.dueDate());
            } else if (item.getStatus() != TrainingStatus.DONE) {
                removed.add(item);
            }
        }
        List<TrainingPlanLine> added = lines.entrySet().stream()
                .filter(entry -> !matched.contains(entry.getKey())).map(Map.Entry::getValue).toList();
        return new TrainingPlanMerge(List.copyOf(removed), rescheduled, added);
    }
}
