package com.salespact.base.ui;

import com.salespact.base.CompanySettings;
import com.salespact.base.Formats;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;
import java.util.Locale;

/**
 * The signed-in user's {@link Formats}: their browser's locale (see {@link CompanySettings#formatsFor}) and the
 * company's currency. Views and sections format every date, time and amount through it.
 */
public final class UserFormats {

    private UserFormats() {
    }

    /**
     * Kept on the page for its locale: grids call this for every cell, and building a Formats builds its formatters.
     */
    public static Formats current() {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return settings().formatsFor(null);
        }
        Kept kept = ComponentUtil.getData(ui, Kept.class);
        if (kept == null || !kept.userLocale().equals(ui.getLocale())) {
            kept = new Kept(ui.getLocale(), settings().formatsFor(ui.getLocale()));
            ComponentUtil.setData(ui, Kept.class, kept);
        }
        return kept.formats();
    }

    /** The formats made for a page's locale; a changed locale makes new ones. */
    private record Kept(Locale userLocale, Formats formats) {
    }

    private static CompanySettings settings() {
        VaadinService service = VaadinService.getCurrent();
        if (service == null) {
            return new CompanySettings(null, null, 0, null);
        }
        return service.getInstantiator().getOrCreate(CompanySettings.class);
    }
}
