package com.salespact.deals.ui;

import com.salespact.base.RuleViolation;
import com.salespact.base.merge.Edit;
import com.salespact.base.merge.Merge;
import com.salespact.base.ui.FieldConflictDialog;
import com.salespact.base.ui.FormErrors;
import com.salespact.base.ui.UnsavedWork;
import com.salespact.deals.AccountChoice;
import com.salespact.deals.AccountService;
import com.salespact.deals.ClosingService;
import com.salespact.deals.DealConflictException;
import com.salespact.deals.DealDetails;
import com.salespact.deals.DealDraft;
import com.salespact.deals.DealService;
import com.salespact.deals.Stage;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;

/**
 * One deal: edit, tick the checklist, move it on. A save over somebody else's newer change is refused and
 * explained; leaving with unsaved changes asks first.
 */
@Route("deals/:id")
@PageTitle("Deal")
@PermitAll
public class DealView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver {

    private final DealService deals;
    private final ClosingService closings;
    private final DealForm form;
    private final H2 title = new H2();
    private final DealChecklist checklist;
    private final StageHistory history;
    private final Button next = new Button();
    private final UnsavedWork unsaved;
    private DealDetails loaded;

    private final Clock clock;

    public DealView(DealService deals, ClosingService closings, AccountService accounts, Clock clock) {
        this.deals = deals;
        this.closings = closings;
        this.clock = clock;
        this.form = new DealForm(accounts);
        this.unsaved = form.keptOnDevice();
        this.checklist = new DealChecklist(deals, marked -> loaded = loaded.withMilestones(marked.milestones()));
        this.history = new StageHistory(clock.getZone());
        setId("deal-view");
        addClassName("deal-view");

        Button back = new Button(getTranslation("deals.back"), VaadinIcon.ARROW_LEFT.create(),
                event -> UI.getCurrent().navigate(DealsView.class));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button save = new Button(getTranslation("action.save"), event -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-deal");
        next.setId("next-stage");
        next.addClickListener(event -> moveToNext());
        Div actions = new Div(save, next);
        actions.addClassName("form-actions");

        add(back, title, form, actions, new H3(getTranslation("deals.checklist")), checklist,
                new H3(getTranslation("deals.history")), history);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("new");
        if ("new".equals(id)) {
            showNew();
            return;
        }
        Optional<DealDetails> deal;
        try {
            deal = parse(id).flatMap(deals::load);
        } catch (AccessDeniedException denied) {
            deal = Optional.empty();
        }
        if (deal.isEmpty()) {
            // Somebody else's deal looks exactly like a missing one: nothing is revealed.
            FormErrors.error(getTranslation("deals.not-found"));
            event.forwardTo(DealsView.class);
            return;
        }
        show(deal.get());
    }

    private static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void showNew() {
        loaded = null;
        title.setText(getTranslation("deals.new"));
        DealDraft draft = new DealDraft();
        draft.setExpectedCloseDate(LocalDate.now(clock).plusMonths(2));
        form.editNew(draft);
        unsaved.open("deal.new", getTranslation("deals.new"));
        next.setVisible(false);
        checklist.removeAll();
        history.removeAll();
    }

    private void show(DealDetails deal) {
        loaded = deal;
        title.setText(deal.name());
        form.edit(DealDraft.of(deal), new AccountChoice(deal.accountId(), deal.accountName(), deal.ownerId()));
        unsaved.open("deal." + deal.id(), deal.name());
        Optional<Stage> nextStage = deal.stage().next();
        next.setVisible(nextStage.isPresent());
        nextStage.ifPresent(stage -> next.setText(getTranslation("deals.next", getTranslation("stage." + stage.name()))));
        checklist.show(deal);
        history.show(deal);
    }

    private void save() {
        form.write().ifPresent(draft -> {
            if (loaded != null) {
                Stage closing = draft.getStage();
                if (closing.isClosed() && !loaded.stage().isClosed()) {
                    // Won or Lost chosen in the editor: the other edits are saved, the close is confirmed (decision 014).
                    draft.setStage(loaded.stage());
                    saveEdit(new Edit<>(loaded.version(), DealDraft.of(loaded), draft), saved -> confirmClose(closing));
                } else {
                    saveEdit(new Edit<>(loaded.version(), DealDraft.of(loaded), draft), saved -> { });
                }
                return;
            }
            try {
                loaded = deals.save(null, 0, null, draft);
                unsaved.saved();
                FormErrors.success(getTranslation("deals.saved"));
                UI.getCurrent().navigate("deals/" + loaded.id());
            } catch (RuleViolation violation) {
                form.showError(violation);
            }
        });
    }

    /** Saves what the user changed; a change saved meanwhile by somebody else is kept, a clash is asked per field. */
    private void saveEdit(Edit<DealDraft> edit, Consumer<DealDetails> then) {
        try {
            DealDetails saved = deals.save(loaded.id(), edit);
            unsaved.saved();
            Set<String> alsoKept = DealDraft.FIELDS.changed(edit.mine(), DealDraft.of(saved));
            FormErrors.success(alsoKept.isEmpty() ? getTranslation("deals.saved")
                    : getTranslation("merge.kept-theirs", form.conflictLabels(saved).join(alsoKept)));
            show(saved);
            then.accept(saved);
        } catch (RuleViolation violation) {
            form.showError(violation);
        } catch (DealConflictException conflict) {
            DealDraft theirs = DealDraft.of(conflict.current());
            Merge<DealDraft> merge = DealDraft.FIELDS.merge(edit.base(), edit.mine(), theirs);
            new FieldConflictDialog(getTranslation("deals.conflict.title"), conflict.conflicts(),
                    form.conflictLabels(conflict.current()),
                    keepMine -> saveEdit(new Edit<>(conflict.currentVersion(), theirs, merge.resolve(keepMine)), then))
                    .open();
        }
    }

    private void moveToNext() {
        if (loaded == null || form.hasChanges()) {
            save();
            return;
        }
        loaded.stage().next().ifPresent(stage -> {
            if (stage.isClosed()) {
                confirmClose(stage);
                return;
            }
            try {
                show(deals.moveStage(loaded.id(), stage, loaded.version()));
                FormErrors.success(getTranslation("deals.moved", loaded.name(), getTranslation("stage." + stage.name())));
            } catch (DealConflictException conflict) {
                // The user typed nothing, so nothing is lost: show the newer deal and let them decide again.
                show(conflict.current());
                FormErrors.error(getTranslation("deals.moved-meanwhile"));
            }
        });
    }

    /** Winning or losing is confirmed and undoable (decision 014); the deal is off to the board meanwhile. */
    private void confirmClose(Stage stage) {
        new CloseDealDialog(closings, loaded.id(), loaded.version(), loaded.name(), stage,
                () -> UI.getCurrent().navigate(DealsView.class)).open();
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (form.hasChanges()) {
            BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("deals.leave.title"),
                    getTranslation("deals.leave.text"), getTranslation("deals.leave.confirm"), e -> {
                        unsaved.discard();
                        action.proceed();
                    },
                    getTranslation("deals.leave.cancel"), e -> { });
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        }
    }
}
