package com.salespact.pact.ui;

import com.salespact.base.ui.UserFormats;
import com.salespact.base.ui.MissingRecord;
import com.salespact.base.ui.FormErrors;
import com.salespact.pact.PactService;
import com.salespact.pact.PactStatus;
import com.salespact.pact.PactVersionDetails;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * A signed pact as a clean document for paper or PDF (the browser's "Save as PDF"): no navigation, both signatures
 * with dates, the version. Print CSS in salespact.css hides the print button.
 */
@Route(value = "pact-print/:id", autoLayout = false)
@PermitAll
public class PactPrintView extends Div implements HasDynamicTitle, BeforeEnterObserver {


    private final PactService pacts;
    private final Clock clock;

    public PactPrintView(PactService pacts, Clock clock) {
        this.pacts = pacts;
        this.clock = clock;
        setId("pact-print-view");
        addClassName("pact-print");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<PactVersionDetails> loaded;
        try {
            loaded = event.getRouteParameters().get("id").map(Long::parseLong).flatMap(pacts::load);
        } catch (AccessDeniedException | NumberFormatException notThere) {
            loaded = Optional.empty();
        }
        if (loaded.isEmpty()) {
            // Missing or somebody else's: the same words as the wizard, not "only a signed pact is printed".
            MissingRecord.reroute(event, getTranslation("pact.not-found"), PactsView.class,
                    getTranslation("nav.pacts"));
            return;
        }
        if (loaded.get().status() == PactStatus.DRAFT || loaded.get().status() == PactStatus.PROPOSED) {
            FormErrors.error(getTranslation("pact.print.only-signed"));
            event.forwardTo(PactsView.class);
            return;
        }
        show(loaded.get());
    }

    private void show(PactVersionDetails pact) {
        removeAll();
        Button print = new Button(getTranslation("pact.print.button"), VaadinIcon.PRINT.create(),
                click -> UI.getCurrent().getPage().executeJs("window.print()"));
        print.setId("pact-print-button");
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        print.addClassName("no-print");
        add(print, new H1(getTranslation("pact.print.title", pact.repName())),
                new Paragraph(getTranslation("pact.print.subtitle", pact.number(),
                        getTranslation("pact.status." + pact.status().name()), UserFormats.current().longDate(pact.validFrom()),
                        UserFormats.current().longDate(pact.validUntil()))),
                new PactDocumentView(pact, java.util.List.of(), false));
        Div signatures = new Div(new H3(getTranslation("pact.review.signatures")),
                signature(getTranslation("pact.review.rep-signed"), pact.repSignedBy(), pact.repSignedAt()),
                signature(getTranslation("pact.review.manager-signed"), pact.managerSignedBy(), pact.managerSignedAt()));
        signatures.addClassName("pact-print-signatures");
        signatures.setId("pact-print-signatures");
        add(signatures);
    }

    private Div signature(String role, String name, Instant at) {
        Div block = new Div(new Span(role), new Span(name == null ? "—" : name),
                new Span(at == null ? "—" : UserFormats.current().dateTime(at.atZone(clock.getZone()))));
        block.addClassName("pact-print-signature");
        return block;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.pact-print");
    }
}
