package com.salespact.security.ui;

import com.salespact.base.ui.IdleSignOut;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.annotation.Value;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    public LoginView(@Value("${salespact.demo.enabled:true}") boolean demo) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.form.title"));
        i18n.getForm().setUsername(getTranslation("login.form.username"));
        i18n.getForm().setPassword(getTranslation("login.form.password"));
        i18n.getForm().setSubmit(getTranslation("login.form.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        login.setI18n(i18n);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);

        Paragraph sessionEnded = new Paragraph(getTranslation("login.session-ended"));
        sessionEnded.setId("session-ended");
        sessionEnded.addClassName("login-session-ended");
        sessionEnded.setVisible(false);
        add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("login.tagline")), sessionEnded, login);
        // This tab was signed in and never signed out (the shell marks it, signing out clears it; see
        // base.ui.IdleSignOut): the session ended under the user, so say why they are here.
        addAttachListener(event -> getElement().executeJs(
                "const ended = sessionStorage.getItem($0) !== null; sessionStorage.removeItem($0); return ended;",
                IdleSignOut.SIGNED_IN_MARK).then(Boolean.class, sessionEnded::setVisible));
        if (demo) {
            Paragraph hint = new Paragraph(getTranslation("login.demo-hint"));
            hint.addClassName("login-hint");
            add(hint);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            login.setError(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.login");
    }
}
