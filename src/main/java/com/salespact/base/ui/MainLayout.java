package com.salespact.base.ui;

import com.salespact.security.CurrentUser;
import com.salespact.security.SignedInUser;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.contextmenu.SubMenu;
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

/** The shell for signed-in people: side navigation built from {@code @Menu}, a user menu with sign-out. */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Span viewTitle = new Span();

    public MainLayout(CurrentUser currentUser, AuthenticationContext authentication, List<ShellAction> actions) {
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");

        viewTitle.addClassName("view-title");
        addToNavbar(new DrawerToggle(), viewTitle);

        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("brand");
        Scroller navigation = new Scroller(createSideNav());
        addToDrawer(brand, navigation, createUserMenu(currentUser.require(), authentication));
        actions.forEach(action -> action.create().ifPresent(control -> getElement().appendChild(control.getElement())));
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

    private Div createUserMenu(SignedInUser user, AuthenticationContext authentication) {
        Avatar avatar = new Avatar(user.fullName());
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        Div label = new Div(avatar, new Span(user.fullName()));
        label.addClassName("user-label");
        SubMenu sub = menu.addItem(label).getSubMenu();
        sub.addItem(getTranslation("role." + user.role().name())).setEnabled(false);
        sub.addItem(getTranslation("action.logout"), event -> authentication.logout()).setId("logout");
        Div footer = new Div(menu);
        footer.addClassName("drawer-footer");
        return footer;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
    }
}
