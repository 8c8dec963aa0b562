package com.salespact.deals.ui;

import com.salespact.deals.csv.CsvProgress;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;

/** How far reading, checking or writing a CSV file has got; shown only while that work runs. */
class ImportProgress extends HorizontalLayout {

    private final ProgressBar bar = new ProgressBar();
    private final Span text = new Span();

    ImportProgress() {
        bar.setId("csv-progress");
        bar.setWidth("20em");
        text.setId("csv-progress-text");
        add(bar, text);
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        busy(false);
    }

    void busy(boolean busy) {
        bar.setVisible(busy);
        text.setVisible(busy);
        bar.setIndeterminate(true);
    }

    void say(String phase) {
        text.setText(phase);
    }

    /** Progress from the worker thread, handed to the UI by push. */
    CsvProgress reporter(UI ui) {
        return (phase, done, total) -> ui.access(() -> {
            bar.setIndeterminate(total <= 0);
            if (total > 0) {
                bar.setValue(Math.min(1.0, (double) done / total));
            }
            text.setText(switch (phase) {
                case READING -> getTranslation("csv.reading");
                case CHECKING -> getTranslation("csv.checking", done, total);
                case WRITING -> getTranslation("csv.writing", done, total);
            });
        });
    }
}
