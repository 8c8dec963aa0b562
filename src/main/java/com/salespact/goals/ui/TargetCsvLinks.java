package com.salespact.goals.ui;

import com.salespact.goals.TargetCsvExport;
import com.salespact.deals.csv.CsvKind;
import com.salespact.deals.ui.DealsNavigation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.util.function.IntSupplier;

/** The targets toolbar's CSV export link and import button. */
final class TargetCsvLinks {

    private TargetCsvLinks() {
    }

    /** Downloads the targets of the year shown when the link is followed. */
    static Anchor export(TargetCsvExport csv, IntSupplier year) {
        Button button = new Button(text("targets.csv.export"), VaadinIcon.DOWNLOAD.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setTabIndex(-1); // the link takes the focus, not the button inside it
        DownloadHandler download = event -> {
            // Downloads run without the session lock; the year is read under it.
            int[] chosen = new int[1];
            event.getUI().accessSynchronously(() -> chosen[0] = year.getAsInt());
            event.setFileName(csv.fileName(chosen[0]));
            event.setContentType("text/csv; charset=UTF-8");
            try (OutputStream out = event.getOutputStream()) {
                csv.export(chosen[0], out);
            }
        };
        Anchor anchor = new Anchor(download, AttachmentType.DOWNLOAD, "");
        anchor.add(button);
        anchor.setId("target-export");
        return anchor;
    }

    /** Opens the one import page (decision 027) with "targets" chosen: mapping, preview and problems as for deals. */
    static Button importer() {
        Button button = new Button(text("targets.csv.import"), VaadinIcon.UPLOAD.create());
        button.setId("target-import-open");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClickListener(event -> DealsNavigation.toImport(CsvKind.TARGETS));
        return button;
    }

    private static String text(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
