package com.salespact.deals.ui;

import com.salespact.deals.csv.CsvKind;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.stream.Collectors;

/** The columns a kind of CSV file takes (required ones starred) and a template to download. */
class CsvFormatHelp extends Details {

    private final Paragraph format = new Paragraph();
    private final Anchor template = new Anchor();

    CsvFormatHelp(CsvKind kind) {
        setSummaryText(getTranslation("csv.formats"));
        add(format, template);
        template.setId("csv-template");
        setOpened(true);
        describe(kind);
    }

    void describe(CsvKind kind) {
        String columns = kind.columns().stream().map(column -> kind.isRequired(column) ? column + "*" : column)
                .collect(Collectors.joining(", "));
        format.setText(getTranslation("csv.format." + kind.name(), columns));
        byte[] bytes = kind.template();
        template.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(bytes), kind.templateFileName(), "text/csv", bytes.length)),
                AttachmentType.DOWNLOAD);
        template.setText(getTranslation("csv.template", kind.templateFileName()));
    }
}
