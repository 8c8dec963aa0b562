package com.salespact.security.ui;

import com.salespact.base.ui.IdleSignOut;
import com.salespact.security.CompanySignIn;
import com.salespact.security.SignInLinks;
import com.salespact.security.SignInSettings;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
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
import java.util.List;
import org.springframework.beans.factory.annotation.Value;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final LoginForm login = new LoginForm();
    private final Paragraph refused = new Paragraph();
    private final Paragraph signedOut = new Paragraph();

    public LoginView(@Value("${salespact.demo.enabled:true}") boolean demo, SignInSettings signIn,
                     CompanySignIn company) {
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
        // Why a company sign-in was refused (?refused=<reason>), said where the person looks: above the buttons.
        refused.setId("sign-in-refused");
        refused.addClassName("login-refused");
        refused.getElement().setAttribute("role", "alert");
        refused.setVisible(false);
        // Back from the provider's sign-out page (?logout): say that both sessions ended, so nobody wonders.
        signedOut.setText(getTranslation("login.signed-out"));
        signedOut.setId("signed-out");
        signedOut.addClassName("login-session-ended");
        signedOut.setVisible(false);
        add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("login.tagline")), sessionEnded, refused,
                signedOut);
        List<CompanySignIn.Option> companies = company.options();
        if (!companies.isEmpty()) {
            Div buttons = new Div();
            buttons.addClassName("company-sign-in");
            for (CompanySignIn.Option option : companies) {
                // A full page load, not a route: Spring Security starts the provider's round trip.
                Anchor start = new Anchor(option.href(), getTranslation("login.company.button", option.label()));
                start.setRouterIgnore(true);
                start.addClassName("company-sign-in-button");
                buttons.add(start);
            }
            buttons.getChildren().findFirst().ifPresent(first -> first.setId("company-sign-in"));
            add(buttons);
        }
        if (signIn.isPasswords()) {
            add(login);
        }
        // This tab was signed in and never signed out (the shell marks it, signing out clears it; see
        // base.ui.IdleSignOut): the session ended under the user, so say why they are here.
        addAttachListener(event -> getElement().executeJs(
                "const ended = sessionStorage.getItem($0) !== null; sessionStorage.removeItem($0); return ended;",
                IdleSignOut.SIGNED_IN_MARK).then(Boolean.class, sessionEnded::setVisible));
        if (demo && signIn.isPasswords()) {
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
        signedOut.setVisible(event.getLocation().getQueryParameters().getParameters().containsKey("logout"));
        event.getLocation().getQueryParameters().getSingleParameter(SignInLinks.REFUSED).ifPresent(reason -> {
            refused.setText(getTranslation("login.refused." + (CompanySignIn.REASONS.contains(reason) ? reason : "failed")));
            refused.setVisible(true);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.login");
    }
}
