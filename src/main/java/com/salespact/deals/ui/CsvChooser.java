package com.salespact.deals.ui;

import com.salespact.base.ui.FormErrors;
import com.salespact.deals.csv.CsvKind;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.File;
import java.util.function.Consumer;

/** What to import (accounts, deals or targets), and the file (one CSV of at most 50 MB), put in a temporary file. */
class CsvChooser extends HorizontalLayout {

    private static final int MAX_FILE_BYTES = 50 * 1024 * 1024;

    /** Gets an uploaded file (inside UI.access); the receiver deletes it. */
    interface Uploaded {
        void accept(CsvKind kind, String fileName, File file);
    }

    private final RadioButtonGroup<CsvKind> kind = new RadioButtonGroup<>();
    private final Upload upload;

    CsvChooser(Consumer<CsvKind> kindChanged, Uploaded uploaded) {
        kind.setId("csv-kind");
        kind.setLabel(getTranslation("csv.kind"));
        kind.setItems(CsvKind.templateKinds());
        kind.setItemLabelGenerator(value -> getTranslation("csv.kind." + value.name()));
        kind.setValue(CsvKind.DEALS);
        kind.addValueChangeListener(event -> kindChanged.accept(event.getValue()));

        upload = new Upload(UploadHandler.toTempFile((metadata, file) ->
                uploaded.accept(kind.getValue(), metadata.fileName(), file)));
        upload.setId("csv-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setUploadButton(new Button(getTranslation("csv.upload")));
        upload.setDropLabel(new Span(getTranslation("csv.drop")));
        upload.addFileRejectedListener(event -> FormErrors.error(getTranslation("csv.rejected-file")));

        add(kind, upload);
        setAlignItems(FlexComponent.Alignment.END);
        setWrap(true);
    }

    /** Chooses what the next file holds (its help and template follow, as when the user picks it). */
    void choose(CsvKind chosen) {
        kind.setValue(chosen);
    }

    /** While a file is read or written, no other can be chosen. */
    void busy(boolean busy) {
        kind.setEnabled(!busy);
        upload.setVisible(!busy);
    }

    /** Ready for the next file. */
    void clearFile() {
        upload.clearFileList();
    }
}
