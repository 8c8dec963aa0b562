package com.salespact.deals.ui;

import com.salespact.deals.DealFilter;
import com.salespact.deals.csv.DealCsvExport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Sort;

/**
 * "Export CSV" for a deal list: a link that downloads the list as it is filtered and sorted when clicked, through
 * {@link DealCsvExport} (so the caller's scope applies, a page at a time). Usage in a list view:
 * <pre>{@code toolbar.add(DealCsvDownload.link(dealCsvExport, this::filter, () -> list.sort()));}</pre>
 */
final class DealCsvDownload {

    private DealCsvDownload() {
    }

    /** The filter and the sort are read when the user clicks, not when the link is made. */
    public static Anchor link(DealCsvExport export, SerializableSupplier<DealFilter> filter,
                              SerializableSupplier<Sort> sort) {
        Button button = new Button(UI.getCurrent().getTranslation("csv.export"), VaadinIcon.DOWNLOAD.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setTabIndex(-1); // the link takes the focus, not the button inside it
        Anchor anchor = new Anchor(handler(export, filter, sort), AttachmentType.DOWNLOAD, "");
        anchor.add(button);
        anchor.setId("export-csv");
        return anchor;
    }

    /** The download itself, for components other than an anchor. */
    public static DownloadHandler handler(DealCsvExport export, SerializableSupplier<DealFilter> filter,
                                          SerializableSupplier<Sort> sort) {
        return event -> {
            // Downloads run without the session lock; the list's state is read under it.
            List<Object> state = new ArrayList<>();
            event.getUI().accessSynchronously(() -> {
                state.add(filter.get());
                state.add(sort.get());
            });
            event.setFileName(export.fileName());
            event.setContentType("text/csv; charset=UTF-8");
            try (OutputStream out = event.getOutputStream()) {
                export.writeTo((DealFilter) state.get(0), (Sort) state.get(1), out);
            }
        };
    }
}
