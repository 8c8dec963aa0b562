package com.salespact.pact.ui;

import com.salespact.base.ui.UserFormats;
import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FormErrors;
import com.salespact.pact.PactOverviewRow;
import com.salespact.pact.PactService;
import com.salespact.pact.PactState;
import com.salespact.pact.PactStep;
import com.salespact.pact.PactVersionLine;
import com.salespact.security.Role;
import com.salespact.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;

/**
 * Where every rep's pact stands (a manager's team, everybody for an admin) with the next thing to do; a rep sees
 * their own pact and all its versions, current and past.
 */
@Route("pacts")
@Menu(order = 1.5, icon = "HANDSHAKE", title = "nav.pacts")
@PermitAll
public class PactsView extends VerticalLayout implements HasDynamicTitle {


    private final PactService pacts;
    private final Clock clock;
    private final boolean manages;

    public PactsView(PactService pacts, CurrentUser currentUser, Clock clock) {
        this.pacts = pacts;
        this.clock = clock;
        this.manages = currentUser.require().role() != Role.REP;
        setId("pacts-view");
        add(new H2(getTranslation("nav.pacts")), new Paragraph(getTranslation("pact.list.intro")));
        List<PactOverviewRow> rows = pacts.overview();
        if (manages) {
            add(grid(rows));
        } else {
            rows.stream().findFirst().ifPresent(this::showOwn);
        }
    }

    private Grid<PactOverviewRow> grid(List<PactOverviewRow> rows) {
        Grid<PactOverviewRow> grid = new Grid<>();
        grid.setId("pacts-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(PactOverviewRow::repName).setHeader(getTranslation("pact.list.rep")).setAutoWidth(true)
                .setFlexGrow(1);
        // A fixed width so two badges wrap instead of pushing the action column out of a laptop's view.
        grid.addComponentColumn(this::stateBadges).setKey("status").setHeader(getTranslation("pact.list.status"))
                .setWidth("13em").setFlexGrow(0);
        grid.addColumn(row -> row.signedNumber() == null ? "—"
                        : getTranslation("pact.list.in-force", row.signedNumber(), UserFormats.current().date(row.validUntil())))
                .setKey("in-force").setHeader(getTranslation("pact.list.period")).setAutoWidth(true);
        grid.addColumn(this::nextPeriod).setKey("next").setHeader(getTranslation("pact.list.next")).setAutoWidth(true);
        grid.addComponentColumn(row -> row.signedVersionId() == null ? new Span("—") : LadderSection.badge(row.ladder()))
                .setKey("ladder").setHeader(getTranslation("pact.list.ladder")).setAutoWidth(true);
        grid.addComponentColumn(this::action).setKey("action").setHeader(getTranslation("pact.list.action"))
                .setAutoWidth(true);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(event -> openInForce(event.getItem()));
        return grid;
    }

    /**
     * A click on a row opens what governs the rep now: the pact in force, else the version being agreed (its review
     * page, or a draft's step); a rep without any pact has nothing to open (the row's button starts one).
     */
    private void openInForce(PactOverviewRow row) {
        if (row.signedVersionId() != null) {
            PactNavigation.toReview(row.signedVersionId());
        } else if (row.openVersionId() != null && row.state() == PactState.DRAFT) {
            PactNavigation.toStep(row.openVersionId(), PactStep.ofNumber(row.openLastStep()));
        } else if (row.openVersionId() != null) {
            PactNavigation.toReview(row.openVersionId());
        }
    }

    /** Next period's pact: signed and waiting for its start, or being prepared for a period after this one. */
    private String nextPeriod(PactOverviewRow row) {
        if (row.nextVersionId() != null) {
            return getTranslation("pact.list.next-signed", row.nextNumber(), UserFormats.current().date(row.nextFrom()));
        }
        if (row.openVersionId() != null && row.openPeriodStart() != null && row.validUntil() != null
                && row.openPeriodStart().isAfter(row.validUntil())) {
            return getTranslation("pact.list.next-open", row.openNumber(),
                    getTranslation("pact.status." + row.openStatus().name()).toLowerCase(java.util.Locale.ROOT));
        }
        return "—";
    }

    private com.vaadin.flow.component.html.Div stateBadges(PactOverviewRow row) {
        com.vaadin.flow.component.html.Div badges = new com.vaadin.flow.component.html.Div(stateBadge(row));
        if (row.outOfStep()) {
            Span outOfStep = new Span(getTranslation("pact.out-of-step.badge"));
            outOfStep.addClassName("pact-state");
            outOfStep.getElement().setAttribute("data-state", "OUT_OF_STEP");
            outOfStep.setId("pact-out-of-step-" + row.repId());
            badges.add(outOfStep);
        }
        badges.addClassName("pact-state-badges");
        return badges;
    }

    private Span stateBadge(PactOverviewRow row) {
        Span badge = new Span(getTranslation("pact.state." + row.state().name()));
        badge.addClassName("pact-state");
        badge.getElement().setAttribute("data-state", row.state().name());
        return badge;
    }

    private Component action(PactOverviewRow row) {
        Button button = switch (row.state()) {
            case NONE -> button("pact.list.start", () -> open(row.repId()));
            case DRAFT -> button("pact.list.continue", () -> PactNavigation.toStep(row.openVersionId(),
                    PactStep.ofNumber(row.openLastStep())));
            case PROPOSED, AWAITING_COUNTERSIGNATURE -> button("pact.list.open",
                    () -> PactNavigation.toReview(row.openVersionId()));
            case SIGNED -> row.openVersionId() != null
                    ? button("pact.list.continue-change", () -> PactNavigation.toStep(row.openVersionId(),
                            PactStep.ofNumber(row.openLastStep())))
                    : button("pact.list.view", () -> PactNavigation.toReview(row.signedVersionId()));
            case DUE_FOR_RENEWAL -> button("pact.list.renew", () -> open(row.repId()));
        };
        button.setId("pact-action-" + row.repId());
        if (row.state() == PactState.NONE || row.state() == PactState.AWAITING_COUNTERSIGNATURE
                || row.state() == PactState.DUE_FOR_RENEWAL) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    private Button button(String key, Runnable action) {
        Button button = new Button(getTranslation(key), event -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void open(long repId) {
        try {
            PactNavigation.toStep(pacts.openDraft(repId), PactStep.TARGETS);
        } catch (RuleViolation refused) {
            FormErrors.error(refused.getMessage());
        }
    }

    private void showOwn(PactOverviewRow own) {
        Span state = stateBadge(own);
        state.setId("my-pact-state");
        add(state);
        if (own.outOfStep()) {
            Span outOfStep = new Span(getTranslation("pact.out-of-step", own.repName()));
            outOfStep.addClassName("pact-out-of-step");
            outOfStep.setId("my-pact-out-of-step");
            add(outOfStep);
        }
        if (own.signedVersionId() != null) {
            add(LadderSection.badge(own.ladder()));
        }
        if (own.openVersionId() != null) {
            Button open = new Button(getTranslation(own.state() == PactState.PROPOSED ? "pact.list.read-and-sign"
                    : "pact.list.open-draft"), event -> PactNavigation.toReview(own.openVersionId()));
            open.setId("my-pact-open");
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(open);
        }
        if (own.nextVersionId() != null) {
            Button next = new Button(getTranslation("pact.period.next", own.nextNumber(), UserFormats.current().date(own.nextFrom())),
                    event -> PactNavigation.toReview(own.nextVersionId()));
            next.setId("my-pact-next");
            add(next);
        }
        if (own.signedVersionId() != null) {
            Button current = new Button(getTranslation("pact.list.current", own.signedNumber()),
                    event -> PactNavigation.toReview(own.signedVersionId()));
            current.setId("my-pact-current");
            add(current);
        }
        if (!own.hasPact()) {
            add(new Paragraph(getTranslation("pact.list.none-yet")));
            return;
        }
        add(new H3(getTranslation("pact.review.history")));
        Grid<PactVersionLine> versions = new Grid<>();
        versions.setId("my-pact-versions");
        versions.addColumn(line -> "v" + line.number()).setHeader(getTranslation("pact.list.version")).setAutoWidth(true);
        versions.addColumn(line -> getTranslation("pact.status." + line.status().name()))
                .setHeader(getTranslation("pact.list.status")).setAutoWidth(true);
        versions.addColumn(line -> line.managerSignedAt() == null ? "—"
                : UserFormats.current().date(line.managerSignedAt().atZone(clock.getZone()))).setHeader(getTranslation("pact.list.signed"));
        versions.addColumn(line -> line.supersededAt() == null ? "—"
                : UserFormats.current().date(line.supersededAt().atZone(clock.getZone()))).setHeader(getTranslation("pact.list.superseded"));
        versions.setItems(pacts.history(own.repId()));
        versions.setAllRowsVisible(true);
        versions.addItemClickListener(event -> PactNavigation.toReview(event.getItem().versionId()));
        add(versions);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.pacts");
    }
}
