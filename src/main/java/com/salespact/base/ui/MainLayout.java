package com.salespact.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;

/** The shell for signed-in people: side navigation built from {@code @Menu}, who is signed in and a sign-out button. */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Span viewTitle = new Span();

    public MainLayout(ShellUser user, AuthenticationContext authentication, LanguageChoice language,
                      List<ShellAction> actions) {
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");

        viewTitle.addClassName("view-title");
        addToNavbar(new DrawerToggle(), viewTitle);

        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("brand");
        Scroller navigation = new Scroller(createSideNav());
        addToDrawer(brand, navigation, createUserFooter(user.require(), authentication, language));
        actions.forEach(action -> action.create().ifPresent(control -> getElement().appendChild(control.getElement())));
        // Issue 14: an idle page signs out on time and warns first; a lost connection says what it means.
        IdleSignOut.watch(this);
        LostConnection.explain(this);
    }

    /**
     * The menu entries this user may open, as the side nav's items in markup: the web component draws them, marks the
     * current one and navigates (its links go through Vaadin's router), so the server keeps one element instead of
     * two per item (issue 7: session memory per user).
     */
    private SideNav createSideNav() {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        StringBuilder items = new StringBuilder();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            items.append("<vaadin-side-nav-item path=\"").append(Html.escape(entry.path())).append("\">");
            if (entry.icon() != null) {
                items.append("<vaadin-icon slot=\"prefix\" icon=\"vaadin:")
                        .append(entry.icon().toLowerCase(Locale.ROOT).replace('_', '-')).append("\"></vaadin-icon>");
            }
            items.append(Html.escape(getTranslation(entry.title()))).append("</vaadin-side-nav-item>");
        }
        nav.getElement().setProperty("innerHTML", items.toString());
        return nav;
    }

    /**
     * Who is signed in (initials, name and role, as markup), the switch to the other language and a sign-out button,
     * always in sight at the foot of the drawer: four elements on every page, where a menu bar with an avatar and a
     * sub-menu was nine (session memory).
     */
    private Div createUserFooter(ShellUser.Person user, AuthenticationContext authentication, LanguageChoice language) {
        Span who = new Span();
        who.addClassName("user-label");
        who.getElement().setProperty("innerHTML", "<span class=\"user-initials\" aria-hidden=\"true\">"
                + Html.escape(initials(user.fullName())) + "</span><span class=\"user-name\">"
                + Html.escape(user.fullName()) + "<small>" + Html.escape(getTranslation(user.roleKey()))
                + "</small></span>");
        Button logout = new Button(getTranslation("action.logout"), event -> {
            IdleSignOut.signingOut(event.getSource().getUI().orElseThrow());
            authentication.logout();
        });
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        logout.setId("logout");
        Div footer = new Div(who, LanguageSwitch.create(language), logout);
        footer.setId("user-menu");
        footer.addClassName("drawer-footer");
        return footer;
    }

    /** "Lena Moreau" → "LM"; one name → its first letter. */
    static String initials(String fullName) {
        String[] parts = fullName.strip().split("\\s+");
        String first = parts[0].isEmpty() ? "" : parts[0].substring(0, 1);
        String last = parts.length > 1 ? parts[parts.length - 1].substring(0, 1) : "";
        return (first + last).toUpperCase(Locale.ROOT);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
    }
}
