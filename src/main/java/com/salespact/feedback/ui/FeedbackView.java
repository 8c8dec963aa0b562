package com.salespact.feedback.ui;

import com.salespact.base.DateRange;
import com.salespact.base.FiscalCalendar;
import com.salespact.feedback.FeedbackRequestLine;
import com.salespact.feedback.FeedbackService;
import com.salespact.feedback.ui.FeedbackNavigation.Tab;
import com.salespact.security.CurrentUser;
import com.salespact.security.SignedInUser;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Continuous feedback and 360s. Everybody gives feedback, reads what they may (the rules are shown on the page) and
 * answers the 360 requests waiting for them; a manager asks for a 360 about a rep of their team and reads its
 * summary; a rep reads their own. The tab, person and quarter are in the URL ({@link FeedbackNavigation}).
 */
@Route("feedback")
@Menu(order = 8, icon = "COMMENTS", title = "nav.feedback")
@PermitAll
public class FeedbackView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final FeedbackService feedback;
    private final SignedInUser user;
    private final FiscalCalendar calendar;
    private final Clock clock;
    private final Tabs tabs = new Tabs();
    private final Map<Tab, com.vaadin.flow.component.tabs.Tab> tabComponents = new EnumMap<>(Tab.class);
    private final Div content = new Div();

    private Tab current = Tab.NOTES;
    private Long personId;
    private DateRange quarter;
    /** Set while the view itself selects a tab, so the tab listener stays quiet. */
    private boolean loading;

    public FeedbackView(FeedbackService feedback, CurrentUser currentUser, Clock clock) {
        this.feedback = feedback;
        this.user = currentUser.require();
        this.calendar = feedback.calendar();
        this.clock = clock;
        setId("feedback-view");
        addClassName("feedback-view");
        getStyle().set("--lumo-size-m", "44px"); // touch targets on tablets: fields, buttons, tabs

        tabComponents.put(Tab.NOTES, new com.vaadin.flow.component.tabs.Tab(getTranslation("feedback.tab.notes")));
        tabComponents.put(Tab.REQUESTS, new com.vaadin.flow.component.tabs.Tab());
        tabComponents.put(Tab.THREE_SIXTY, new com.vaadin.flow.component.tabs.Tab(
                getTranslation(user.isRep() ? "feedback.tab.360.mine" : "feedback.tab.360")));
        tabComponents.forEach((key, tab) -> {
            tab.setId("feedback-tab-" + key.key);
            tabs.add(tab);
        });
        tabs.setId("feedback-tabs");
        tabs.addSelectedChangeListener(event -> {
            if (!loading && event.getSelectedTab() != null) {
                current = tabComponents.entrySet().stream().filter(e -> e.getValue() == event.getSelectedTab())
                        .map(Map.Entry::getKey).findFirst().orElse(Tab.NOTES);
                show();
            }
        });
        content.setId("feedback-content");
        content.setWidthFull();
        add(new FeedbackRulesPanel(), tabs, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        current = FeedbackNavigation.tab(parameters);
        personId = FeedbackNavigation.person(parameters).orElse(null);
        quarter = FeedbackNavigation.quarter(parameters, calendar).orElse(null);
        show();
    }

    private void show() {
        loading = true;
        try {
            tabs.setSelectedTab(tabComponents.get(current));
        } finally {
            loading = false;
        }
        List<FeedbackRequestLine> waiting = feedback.waitingForMe();
        tabComponents.get(Tab.REQUESTS).setLabel(getTranslation("feedback.tab.requests", waiting.size()));
        content.removeAll();
        switch (current) {
            case NOTES -> content.add(new FeedbackNotesTab(feedback, user, calendar, clock, this::show));
            case REQUESTS -> content.add(new WaitingRequestsList(feedback, waiting, user.personId(), calendar,
                    this::show));
            case THREE_SIXTY -> {
                ThreeSixtyTab tab = new ThreeSixtyTab(feedback, calendar, user.personId(), clock, personId, quarter,
                        (person, period) -> {
                            personId = person;
                            quarter = period;
                            show();
                        }, this::show);
                personId = tab.personId();
                quarter = tab.quarter();
                content.add(tab);
            }
        }
        updateLocation();
    }

    private void updateLocation() {
        boolean of360 = current == Tab.THREE_SIXTY;
        FeedbackNavigation.showState(current, of360 ? personId : null, of360 ? calendar : null,
                of360 ? quarter : null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.feedback");
    }
}
