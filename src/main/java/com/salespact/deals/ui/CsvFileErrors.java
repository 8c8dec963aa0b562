package com.salespact.deals.ui;

import com.salespact.deals.csv.CsvError;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** Problems of the file as a whole (the header, an encoding), which belong to no data row; hidden when none. */
class CsvFileErrors extends UnorderedList {

    CsvFileErrors() {
        setId("csv-file-errors");
        getStyle().set("color", "var(--lumo-error-text-color)");
    }

    void show(List<CsvError> errors) {
        removeAll();
        errors.forEach(error -> add(new ListItem(error.message())));
        setVisible(!errors.isEmpty());
    }
}
