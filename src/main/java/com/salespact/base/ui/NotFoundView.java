package com.salespact.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Every URL that leads nowhere: a mistyped route, and a record the reader cannot have ({@link MissingRecord}). Shown
 * inside the shell with a way back instead of Vaadin's bare "Could not navigate to …". {@code @PermitAll}, not
 * anonymous: the shell needs a signed-in person, and Vaadin's access control sends anybody else to the login page.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    public NotFoundView() {
        setId("not-found-view");
        addClassName("error-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        Button start = new Button(getTranslation("error.start"), VaadinIcon.HOME.create(),
                click -> StartNavigation.start());
        start.setId("error-start");
        Div actions = new Div();
        actions.addClassName("form-actions");
        String sentence;
        if (parameter.getCaughtException() instanceof MissingRecord missing) {
            sentence = missing.getMessage();
            Button list = new Button(getTranslation("error.to-list", missing.listTitle()),
                    VaadinIcon.ARROW_LEFT.create(), click -> UI.getCurrent().navigate(missing.list()));
            list.setId("error-list");
            list.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(list, start);
        } else {
            // The router's own message names classes and routes: not for the reader.
            sentence = getTranslation("error.not-found.text");
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(start);
        }
        Paragraph text = new Paragraph(sentence);
        text.setId("error-text");
        add(new H2(getTranslation("error.not-found.title")), text, actions);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /** The shell's title bar and the browser tab name the page, not the class. */
    @Override
    public String getPageTitle() {
        return getTranslation("error.not-found.title");
    }
}
