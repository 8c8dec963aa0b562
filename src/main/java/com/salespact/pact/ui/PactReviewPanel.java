package com.salespact.pact.ui;

import com.salespact.base.ui.UserFormats;
import com.salespact.base.ui.LimitedTextArea;
import com.salespact.base.ConcurrentEditException;
import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FormErrors;
import com.salespact.pact.PactService;
import com.salespact.pact.PactStatus;
import com.salespact.pact.PactVersionDetails;
import com.salespact.pact.PactVersionLine;
import com.salespact.pact.StepProblem;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The review page: the whole pact (changes against the signed version marked), what is still missing, the
 * signatures, and the one action that is next for the person looking: propose, sign, countersign, reopen, or start
 * a new version.
 */
class PactReviewPanel extends Composite<VerticalLayout> {


    private final PactService pacts;
    private final PactVersionDetails details;
    private final Runnable reload;
    private final ZoneId zone;

    PactReviewPanel(PactService pacts, PactVersionDetails details, ZoneId zone, Runnable reload) {
        this.pacts = pacts;
        this.zone = zone;
        this.details = details;
        this.reload = reload;
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.setId("pact-review");
        content.addClassName("pact-review");
        if (details.replacesNumber() != null) {
            // A changed commission plan is a change to the pact like any field.
            int changes = details.changes().size() + (details.commission().changedFrom(details.replacesNumber()) ? 1 : 0);
            Div summary = PactWizardView.notice(changes == 0
                    ? getTranslation("pact.diff.none", details.replacesNumber())
                    : getTranslation(changes == 1 ? "pact.diff.one" : "pact.diff.count",
                            changes, details.replacesNumber()));
            summary.setId("pact-diff-summary");
            content.add(summary);
        }
        periodNotice().ifPresent(content::add);
        if (details.outOfStep()) {
            content.add(outOfStep());
        }
        List<StepProblem> problems = details.document().problems();
        if (details.status() == PactStatus.DRAFT && !problems.isEmpty()) {
            content.add(missing(problems));
        }
        content.add(actions(problems.isEmpty()));
        if (details.status() == PactStatus.SIGNED && details.ladder() != null) {
            content.add(new LadderSection(details.ladder(), pacts.ladderHistory(details.repId())));
        }
        content.add(new PactDocumentView(details, details.changes(), true), signatures(), history());
    }

    /** What the period means before signing; when it is in force and its standards apply after. */
    private java.util.Optional<Div> periodNotice() {
        if (details.period() == null) {
            return java.util.Optional.empty();
        }
        String text = switch (details.status()) {
            case DRAFT, PROPOSED -> getTranslation("pact.period.covers", UserFormats.current().date(details.period().start()),
                    UserFormats.current().date(details.period().end()), details.repName());
            case SIGNED, SUPERSEDED -> details.standardsFrom() == null ? null
                    : getTranslation("pact.period.in-force", UserFormats.current().date(details.validFrom()),
                            UserFormats.current().date(details.validUntil()), UserFormats.current().date(details.standardsFrom()));
        };
        if (text == null) {
            return java.util.Optional.empty();
        }
        Div notice = PactWizardView.notice(text);
        notice.setId("pact-period");
        return java.util.Optional.of(notice);
    }

    /** The rep's target was changed outside this pact: say so, and offer the version that catches up. */
    private Div outOfStep() {
        Div box = new Div(new Span(getTranslation("pact.out-of-step", details.repName())));
        box.setId("pact-out-of-step");
        box.addClassName("pact-out-of-step");
        if (details.allowed().startChange()) {
            Button start = new Button(getTranslation("pact.out-of-step.start"), VaadinIcon.COPY.create(), event ->
                    PactNavigation.toStep(pacts.startVersionWithCurrentTarget(details.repId()),
                            com.salespact.pact.PactStep.TARGETS));
            start.setId("pact-out-of-step-start");
            box.add(start);
        }
        return box;
    }

    private Div missing(List<StepProblem> problems) {
        Div box = new Div(new H3(getTranslation("pact.review.missing")));
        box.setId("pact-missing");
        box.addClassName("pact-missing");
        UnorderedList list = new UnorderedList();
        problems.forEach(problem -> {
            Button go = new Button(problem.step().number() + " · " + getTranslation("pact.step." + problem.step().slug())
                    + ": " + problem.message(), event -> PactNavigation.toStep(details.versionId(), problem.step()));
            go.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            list.add(new ListItem(go));
        });
        box.add(list);
        return box;
    }

    private Div actions(boolean complete) {
        Div bar = new Div();
        bar.addClassName("pact-actions");
        bar.setId("pact-actions");
        PactVersionDetails.Allowed allowed = details.allowed();
        if (allowed.propose()) {
            Button propose = primary("pact.review.propose", VaadinIcon.PAPERPLANE, () -> act(() ->
                    pacts.propose(details.versionId(), details.version()), "pact.review.proposed"));
            propose.setId("pact-propose");
            propose.setEnabled(complete);
            bar.add(propose);
        }
        if (allowed.signAsRep()) {
            Checkbox agree = new Checkbox(getTranslation("pact.review.agree"));
            agree.setId("pact-agree");
            Button sign = primary("pact.review.sign", VaadinIcon.PENCIL, () -> act(() ->
                    pacts.signAsRep(details.versionId(), details.version()), "pact.review.signed"));
            sign.setId("pact-sign");
            sign.setEnabled(false);
            agree.addValueChangeListener(event -> sign.setEnabled(event.getValue()));
            bar.add(agree, sign);
        }
        if (allowed.countersign()) {
            Checkbox agree = new Checkbox(getTranslation("pact.review.agree-manager"));
            agree.setId("pact-agree");
            Button countersign = primary("pact.review.countersign", VaadinIcon.PENCIL, () -> act(() ->
                    pacts.countersign(details.versionId(), details.version()), "pact.review.countersigned"));
            countersign.setId("pact-countersign");
            countersign.setEnabled(false);
            agree.addValueChangeListener(event -> countersign.setEnabled(event.getValue()));
            bar.add(agree, countersign);
        }
        if (allowed.reopen()) {
            Button reopen = new Button(getTranslation(allowed.signAsRep() ? "pact.review.request-changes"
                    : "pact.review.reopen"), VaadinIcon.EDIT.create(), event -> askReopen());
            reopen.setId("pact-reopen");
            bar.add(reopen);
        }
        if (allowed.startChange()) {
            Button change = new Button(getTranslation("pact.review.new-version"), VaadinIcon.COPY.create(), event -> {
                long draft = pacts.openChange(details.versionId());
                PactNavigation.toStep(draft, com.salespact.pact.PactStep.TARGETS);
            });
            change.setId("pact-new-version");
            bar.add(change);
        }
        if (details.status() == PactStatus.SIGNED || details.status() == PactStatus.SUPERSEDED) {
            Anchor print = new Anchor(PactNavigation.printLocation(details.versionId()),
                    getTranslation("pact.review.print"));
            print.setTarget("_blank");
            print.setId("pact-print");
            print.addClassName("pact-print-link");
            bar.add(print);
        }
        Span waiting = new Span(waitingText());
        waiting.addClassName("pact-waiting");
        waiting.setId("pact-waiting");
        bar.add(waiting);
        return bar;
    }

    private String waitingText() {
        return switch (details.status()) {
            case DRAFT -> details.allowed().edit() ? "" : getTranslation("pact.waiting.draft");
            case PROPOSED -> details.repSignedAt() == null
                    ? (details.allowed().signAsRep() ? "" : getTranslation("pact.waiting.rep", details.repName()))
                    : (details.allowed().countersign() ? "" : getTranslation("pact.waiting.manager"));
            // The period notice above says when it is in force (and its standards); older versions say it here.
            case SIGNED -> details.standardsFrom() != null ? ""
                    : getTranslation("pact.waiting.in-force", UserFormats.current().date(details.validFrom()),
                            UserFormats.current().date(details.validUntil()));
            case SUPERSEDED -> getTranslation("pact.waiting.superseded");
        };
    }

    private Button primary(String key, VaadinIcon icon, Runnable action) {
        Button button = new Button(getTranslation(key), icon.create(), event -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            FormErrors.success(getTranslation(doneKey));
            reload.run();
        } catch (RuleViolation | ConcurrentEditException refused) {
            FormErrors.error(refused.getMessage());
            reload.run();
        }
    }

    private void askReopen() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(details.allowed().signAsRep() ? "pact.review.request-changes"
                : "pact.review.reopen"));
        TextArea reason = new LimitedTextArea(getTranslation("pact.review.reason"), 1000);
        reason.setId("pact-reopen-reason");
        reason.setWidthFull();
        Button confirm = new Button(getTranslation("pact.review.reopen-confirm"), event -> {
            try {
                pacts.reopen(details.versionId(), details.version(), reason.getValue());
                dialog.close();
                FormErrors.success(getTranslation("pact.review.reopened"));
                reload.run();
            } catch (RuleViolation refused) {
                reason.setErrorMessage(refused.getMessage());
                reason.setInvalid(true);
            } catch (ConcurrentEditException raced) {
                dialog.close();
                FormErrors.error(raced.getMessage());
                reload.run();
            }
        });
        confirm.setId("pact-reopen-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), event -> dialog.close()), confirm);
        dialog.open();
    }

    private Div signatures() {
        Div box = new Div(new H3(getTranslation("pact.review.signatures")));
        box.setId("pact-signatures");
        box.addClassName("pact-signatures");
        box.add(line("pact.review.proposed-on", details.proposedAt(), null),
                line("pact.review.rep-signed", details.repSignedAt(), details.repSignedBy()),
                line("pact.review.manager-signed", details.managerSignedAt(), details.managerSignedBy()));
        return box;
    }

    private Div line(String key, Instant at, String by) {
        Span label = new Span(getTranslation(key));
        Span value = new Span(at == null ? getTranslation("pact.review.not-yet")
                : (by == null ? "" : by + " · ") + UserFormats.current().dateTime(at.atZone(zone)));
        Div line = new Div(label, value);
        line.addClassName("pact-signature");
        return line;
    }

    private Div history() {
        Div box = new Div(new H3(getTranslation("pact.review.history")));
        box.setId("pact-history");
        UnorderedList list = new UnorderedList();
        for (PactVersionLine line : pacts.history(details.repId())) {
            Button open = new Button(getTranslation("pact.review.version-line", line.number(),
                    getTranslation("pact.status." + line.status().name()),
                    line.managerSignedAt() == null ? "" : UserFormats.current().dateTime(line.managerSignedAt().atZone(zone))),
                    event -> PactNavigation.toReview(line.versionId()));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            open.setEnabled(line.versionId() != details.versionId());
            list.add(new ListItem(open));
        }
        box.add(list);
        return box;
    }
}
