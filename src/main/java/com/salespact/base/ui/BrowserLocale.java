package com.salespact.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Each new page takes the locale the browser asks for (its Accept-Language), so {@link UserFormats} formats dates and
 * amounts as the user reads them. Without this a page would take the server's default locale: Vaadin matches the
 * browser only against translation files, and SalesPact has one.
 */
@Component
class BrowserLocale implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> of(VaadinRequest.getCurrent()).ifPresent(init.getUI()::setLocale));
    }

    /** The browser's first language, when it named one. */
    static java.util.Optional<Locale> of(VaadinRequest request) {
        if (request == null || request.getHeader("Accept-Language") == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.ofNullable(request.getLocale()).filter(locale -> !locale.getLanguage().isEmpty());
    }
}
