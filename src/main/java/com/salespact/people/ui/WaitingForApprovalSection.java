package com.salespact.people.ui;

import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FormErrors;
import com.salespact.people.PeopleService;
import com.salespact.people.Person;
import com.salespact.security.query.CompanySignInQuery.WaitingPerson;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * People who signed in with the company's provider for the first time and wait for an admin (decision 026): each with
 * Approve and Decline. Approving a rep without a team opens the person in the form to choose one. Hidden when nobody
 * waits.
 */
class WaitingForApprovalSection extends Div {

    private final PeopleService service;
    private final BiConsumer<Person, RuleViolation> open;
    private final Runnable changed;

    WaitingForApprovalSection(PeopleService service, BiConsumer<Person, RuleViolation> open, Runnable changed) {
        this.service = service;
        this.open = open;
        this.changed = changed;
        setId("waiting-for-approval");
        addClassName("waiting-for-approval");
        refresh();
    }

    void refresh() {
        removeAll();
        List<WaitingPerson> waiting = service.waitingForApproval();
        setVisible(!waiting.isEmpty());
        if (waiting.isEmpty()) {
            return;
        }
        add(new H2(getTranslation("people.waiting.title", waiting.size())));
        for (WaitingPerson person : waiting) {
            Span who = new Span(getTranslation("people.waiting.line", person.fullName(),
                    person.email() == null ? "—" : person.email(), getTranslation("role." + person.role())));
            Button approve = new Button(getTranslation("people.waiting.approve"), event -> approve(person));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            approve.setId("approve-" + person.personId());
            Button decline = new Button(getTranslation("people.waiting.decline"), event -> decline(person));
            decline.addThemeVariants(ButtonVariant.LUMO_SMALL);
            decline.setId("decline-" + person.personId());
            Div row = new Div(who, approve, decline);
            row.addClassName("waiting-person");
            add(row);
        }
    }

    private void approve(WaitingPerson person) {
        try {
            service.approve(person.personId());
            FormErrors.success(getTranslation("people.waiting.approved", person.fullName()));
        } catch (RuleViolation needsTeam) {
            // A rep needs a team first: open them in the form, with the message at the team field.
            service.load(person.personId()).ifPresent(found -> open.accept(found, needsTeam));
        }
        refresh();
        changed.run();
    }

    private void decline(WaitingPerson person) {
        service.decline(person.personId());
        FormErrors.success(getTranslation("people.waiting.declined", person.fullName()));
        refresh();
        changed.run();
    }
}
