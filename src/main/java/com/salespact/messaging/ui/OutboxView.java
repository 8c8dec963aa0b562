package com.salespact.messaging.ui;

import com.salespact.base.Messages;
import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FormErrors;
import com.salespact.base.ui.UserFormats;
import com.salespact.messaging.MessagingLinks;
import com.salespact.messaging.OutboxLine;
import com.salespact.messaging.OutboxService;
import com.salespact.messaging.OutboxStatus;
import com.salespact.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Admin: the outbox. What waits, what went, what failed and why (the mail server's own words), "Retry now", and a
 * preview of a message as its recipient sees it. Read a page at a time.
 */
@Route(MessagingLinks.OUTBOX_ROUTE)
@Menu(order = 93, icon = "ENVELOPE", title = "messaging.outbox.nav")
@RolesAllowed(Role.ADMIN_NAME)
public class OutboxView extends VerticalLayout implements HasDynamicTitle {

    private final OutboxService outbox;
    private final ZoneId zone;
    final Select<OutboxStatus> status = new Select<>();
    final Grid<OutboxLine> grid = new Grid<>();
    Dialog preview;

    public OutboxView(OutboxService outbox, Clock clock) {
        this.outbox = outbox;
        this.zone = clock.getZone();
        setId("outbox-view");
        setSizeFull();
        Paragraph hint = new Paragraph(getTranslation("messaging.outbox.hint"));
        hint.addClassName("review-hint");
        status.setLabel(getTranslation("messaging.outbox.filter"));
        status.setId("outbox-status");
        status.setItems(OutboxStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("messaging.outbox.all"));
        status.setItemLabelGenerator(value -> value == null ? getTranslation("messaging.outbox.all")
                : getTranslation("messaging.outbox.status." + value.name()));
        status.addValueChangeListener(event -> refresh());

        grid.setId("outbox-grid");
        grid.addColumn(line -> time(line.createdAt())).setHeader(getTranslation("messaging.outbox.created"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(line -> getTranslation("messaging.outbox.status." + line.status().name()))
                .setHeader(getTranslation("messaging.outbox.filter")).setKey("status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(line -> line.recipientName() == null ? line.recipientAddress() : line.recipientName())
                .setTooltipGenerator(OutboxLine::recipientAddress)
                .setHeader(getTranslation("messaging.outbox.recipient")).setWidth("8em").setFlexGrow(1);
        // The subject names the kind of message ("Your sales pact is ready to sign"): no column of its own.
        grid.addColumn(OutboxLine::subject).setHeader(getTranslation("messaging.outbox.subject")).setWidth("10em")
                .setFlexGrow(2);
        grid.addColumn(this::attempts).setHeader(getTranslation("messaging.outbox.attempts")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(line -> reason(line.lastError())).setHeader(getTranslation("messaging.outbox.reason"))
                .setKey("reason").setWidth("10em").setFlexGrow(3);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("messaging.outbox.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        // Subjects, addresses and server replies are long: they wrap in their cells, so none is cut to three letters.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        add(hint, status, grid);
        refresh();
    }

    /** "2 · next 23:52" while it waits; the count alone once it is sent or failed. */
    private String attempts(OutboxLine line) {
        return line.status() == OutboxStatus.QUEUED
                ? getTranslation("messaging.outbox.attempts-next", line.attempts(), next(line))
                : String.valueOf(line.attempts());
    }

    private HorizontalLayout actions(OutboxLine line) {
        Button show = new Button(getTranslation("messaging.outbox.preview"), event -> preview(line));
        show.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        show.setId("preview-" + line.id());
        HorizontalLayout actions = new HorizontalLayout(show);
        if (line.retryable()) {
            Button retry = new Button(getTranslation("messaging.outbox.retry"), event -> retry(line));
            retry.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            retry.setId("retry-" + line.id());
            actions.add(retry);
        }
        return actions;
    }

    private void retry(OutboxLine line) {
        try {
            outbox.retryNow(line.id());
            FormErrors.success(getTranslation("messaging.outbox.retried"));
        } catch (RuleViolation refused) {
            FormErrors.error(refused.getMessage());
        }
        refresh();
    }

    /** The HTML in a sandboxed frame: no script in a mail body can run in the admin's page. */
    private void preview(OutboxLine line) {
        IFrame frame = new IFrame();
        frame.setSrcdoc(outbox.preview(line.id()));
        frame.setSandbox(IFrame.SandboxType.RESTRICT_ALL);
        frame.setWidth("640px");
        frame.setHeight("520px");
        frame.getStyle().set("border", "0");
        frame.setId("outbox-preview-frame");
        preview = new Dialog(frame);
        preview.setHeaderTitle(getTranslation("messaging.outbox.preview.title", line.subject()));
        Button close = new Button(getTranslation("messaging.outbox.close"), event -> preview.close());
        preview.getFooter().add(close);
        preview.open();
    }

    private String reason(String stored) {
        // The outbox stores its own reasons as translation keys; a mail server's reply is shown as it was given.
        return stored != null && stored.startsWith("messaging.") && Messages.has(stored) ? getTranslation(stored)
                : stored == null ? "" : stored;
    }

    /** The next try's time alone when it falls on the day the message was written (retries are minutes apart). */
    private String next(OutboxLine line) {
        boolean sameDay = line.nextAttemptAt().atZone(zone).toLocalDate()
                .equals(line.createdAt().atZone(zone).toLocalDate());
        return sameDay ? UserFormats.current().time(line.nextAttemptAt().atZone(zone)) : time(line.nextAttemptAt());
    }

    private String time(Instant value) {
        return UserFormats.current().dateTime(value, zone);
    }

    private void refresh() {
        OutboxStatus filter = status.getValue();
        grid.setItems(query -> outbox.page(filter, query.getOffset(), query.getLimit()).stream(),
                query -> outbox.count(filter));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.outbox");
    }
}
