package com.salespact.base.ui;

import com.salespact.base.CompanySettings;
import com.salespact.base.Formats;
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

    public static Formats current() {
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? null : ui.getLocale();
        return settings().formatsFor(locale);
    }

    private static CompanySettings settings() {
        VaadinService service = VaadinService.getCurrent();
        if (service == null) {
            return new CompanySettings(null, null, 0, null);
        }
        return service.getInstantiator().getOrCreate(CompanySettings.class);
    }
}
