package com.salespact.security.ui;

import com.salespact.security.SignInLinks;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where a first company sign-in lands while an admin has not approved the person yet
 * ({@code salespact.sign-in.oidc.new-people=approve}, or a new rep no team could be found for).
 */
@Route(value = SignInLinks.WAITING_ROUTE, autoLayout = false)
@AnonymousAllowed
public class SignInWaitingView extends VerticalLayout implements HasDynamicTitle {

    public SignInWaitingView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        H1 title = new H1(getTranslation("sign-in.waiting.title"));
        title.setId("sign-in-waiting");
        Paragraph text = new Paragraph(getTranslation("sign-in.waiting.text"));
        text.addClassName("login-waiting");
        Anchor again = new Anchor(SignInLinks.LOGIN_PATH, getTranslation("sign-in.waiting.again"));
        again.setRouterIgnore(true);
        add(title, text, again);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.sign-in-waiting");
    }
}
