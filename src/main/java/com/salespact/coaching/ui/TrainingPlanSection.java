package com.salespact.coaching.ui;

import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FormErrors;
import com.salespact.coaching.TrainingItemLine;
import com.salespact.coaching.TrainingProgress;
import com.salespact.coaching.TrainingService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The rep's training plan: how far along it is, each item with its status (the rep moves it along), and for a coach
 * the form to add an item.
 */
class TrainingPlanSection extends CoachingSection {

    /** @param coach the reader coaches the rep, so may add training items */
    TrainingPlanSection(TrainingService training, long repId, boolean coach, Runnable reload,
                        List<TrainingItemLine> items, LocalDate today, ZoneId zone) {
        super("training-section", "coaching.training.title");
        TrainingProgress progress = TrainingProgress.of(items);
        ProgressBar bar = new ProgressBar(0, 1, progress.doneShare());
        bar.setId("training-progress-bar");
        Span counts = new Span(getTranslation("coaching.training.progress", progress.done(), progress.total(),
                progress.inProgress()));
        counts.setId("training-progress");
        bar.getElement().setAttribute("aria-label", counts.getText());
        counts.addClassName("feedback-hint");
        add(bar, counts);
        Div list = new Div();
        list.setId("training-items");
        list.addClassName("feedback-list");
        if (items.isEmpty()) {
            list.add(new Paragraph(getTranslation("coaching.training.none")));
        }
        items.forEach(item -> list.add(new TrainingItemRow(training, item, zone, reload)));
        add(list);
        if (coach) {
            TrainingItemForm form = new TrainingItemForm(today);
            Button add = new Button(getTranslation("coaching.training.add"), event -> form.write().ifPresent(draft -> {
                try {
                    training.add(repId, draft.getTitle(), draft.getDueDate());
                    FormErrors.success(getTranslation("coaching.training.added"));
                    reload.run();
                } catch (RuleViolation refused) {
                    form.showError(refused);
                }
            }));
            add.setId("training-add");
            add(form, actions(add));
        }
    }
}
