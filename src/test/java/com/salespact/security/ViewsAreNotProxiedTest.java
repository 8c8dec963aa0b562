package com.salespact.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.base.ui.AccessDeniedView;
import com.salespact.base.ui.KaribuTest;
import com.salespact.base.ui.MainLayout;
import com.salespact.dashboard.ui.DashboardView;
import com.salespact.deals.ui.DealsView;
import com.salespact.people.ui.PeopleView;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;

/**
 * Views and the layout are plain objects: their @RolesAllowed is for Vaadin's navigation check, not for Spring AOP
 * (a proxy per view cost an interceptor on every call and annotation scanning on every navigation under load).
 * Navigation access control still holds them (see SecurityWebTest, RepIsolationTest).
 */
class ViewsAreNotProxiedTest extends KaribuTest {

    @Test
    void viewsAndLayoutAreCreatedWithoutAProxy() {
        login("manager");
        UI.getCurrent().navigate(DashboardView.class);
        assertThat(AopUtils.isAopProxy(UI.getCurrent().getCurrentView())).isFalse();
        assertThat(UI.getCurrent().getCurrentView().getClass()).isEqualTo(DashboardView.class);
        assertThat(UI.getCurrent().getActiveRouterTargetsChain()).filteredOn(MainLayout.class::isInstance)
                .singleElement().extracting(Object::getClass).isEqualTo(MainLayout.class);
        UI.getCurrent().navigate(DealsView.class);
        assertThat(UI.getCurrent().getCurrentView().getClass()).isEqualTo(DealsView.class);
    }

    @Test
    void aRepIsStillTurnedAwayFromAManagersView() {
        login("rep");
        UI.getCurrent().navigate("admin/people");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(_find(PeopleView.class)).isEmpty();
    }
}
