package com.salespact.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A screen the signed-in person's role may not open ({@code @RolesAllowed}): Vaadin's navigation access control
 * reroutes here. Inside the shell, it says whom the page is for and leads back to the start page, instead of Vaadin's
 * bare "Could not navigate to …".
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends VerticalLayout
        implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    /** Named in this order, whatever order a view's annotation lists them in. */
    private static final List<String> ROLE_ORDER = List.of("REP", "MANAGER", "ADMIN");

    public AccessDeniedView() {
        setId("access-denied-view");
        addClassName("error-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        Paragraph text = new Paragraph(sentence(deniedView(event)));
        text.setId("error-text");
        Button start = new Button(getTranslation("error.start"), VaadinIcon.HOME.create(),
                click -> StartNavigation.start());
        start.setId("error-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("error.denied.title")), text, start);
        return HttpServletResponse.SC_FORBIDDEN;
    }

    /** The view behind the URL the person asked for (the event's target is this page). */
    private static Optional<Class<? extends Component>> deniedView(BeforeEnterEvent event) {
        return event.getSource().getRegistry().getNavigationTarget(event.getLocation().getPath());
    }

    private String sentence(Optional<Class<? extends Component>> denied) {
        List<String> roles = denied.map(view -> view.getAnnotation(RolesAllowed.class))
                .map(allowed -> Arrays.stream(allowed.value()).filter(ROLE_ORDER::contains)
                        .sorted((a, b) -> ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b))
                        .map(role -> getTranslation("error.denied.for." + role)).toList())
                .orElse(List.of());
        if (roles.isEmpty()) {
            return getTranslation("error.denied.text");
        }
        String whom = roles.size() == 1 ? roles.getFirst()
                : String.join(", ", roles.subList(0, roles.size() - 1)) + " " + getTranslation("error.denied.and")
                        + " " + roles.getLast();
        return getTranslation("error.denied.text-for", whom);
    }

    /** The shell's title bar and the browser tab name the page, not the class. */
    @Override
    public String getPageTitle() {
        return getTranslation("error.denied.title");
    }
}
