package com.salespact.deals.ui;

import com.salespact.deals.csv.CsvPreview;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** Import what the preview shows (only when it has no problems and changes something), or start over. */
class ImportActions extends HorizontalLayout {

    private final Button commit = new Button();
    private final Button clear = new Button();

    ImportActions(Runnable onCommit, Runnable onClear) {
        commit.setId("csv-commit");
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.setDisableOnClick(true);
        commit.addClickListener(event -> onCommit.run());
        clear.setId("csv-clear");
        clear.setText(getTranslation("csv.clear"));
        clear.addClickListener(event -> onClear.run());
        add(commit, clear);
    }

    void offer(CsvPreview preview) {
        commit.setText(getTranslation("csv.commit", preview.toCreate() + preview.toUpdate()));
        commit.setEnabled(preview.canCommit());
        commit.setVisible(true);
        clear.setVisible(true);
    }

    /** For a mapped file: the rows and the accounts it would write. */
    void offer(int rows, boolean canCommit) {
        commit.setText(getTranslation("csv.commit", rows));
        commit.setEnabled(canCommit);
        commit.setVisible(true);
        clear.setVisible(true);
    }

    void hide() {
        commit.setEnabled(false);
        commit.setVisible(false);
        clear.setVisible(false);
    }

    /** Whether the shown preview may be imported now (not while work runs). */
    void allowCommit(boolean allowed) {
        commit.setEnabled(allowed);
    }
}
