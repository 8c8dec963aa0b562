package com.salespact.holidays.ui;

import com.salespact.base.ui.UserFormats;
import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FormErrors;
import com.salespact.holidays.HolidayLine;
import com.salespact.holidays.HolidayService;
import com.salespact.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Admin: the company holidays no review is scheduled on. Add a day with its name, or remove one. */
@Route("admin/holidays")
@Menu(order = 92, icon = "CALENDAR_O", title = "holidays.nav")
@RolesAllowed(Role.ADMIN_NAME)
public class HolidaysView extends VerticalLayout implements HasDynamicTitle {


    private final HolidayService service;
    final Grid<HolidayLine> grid = new Grid<>();
    final HolidayForm form = new HolidayForm();
    final Button add = new Button();

    public HolidaysView(HolidayService service) {
        this.service = service;
        setId("holidays-view");
        Paragraph hint = new Paragraph(getTranslation("holidays.hint"));
        hint.addClassName("review-hint");
        grid.setId("holidays-grid");
        grid.addColumn(line -> UserFormats.current().weekdayDate(line.date())).setHeader(getTranslation("holidays.date"));
        grid.addColumn(HolidayLine::name).setHeader(getTranslation("holidays.name"));
        grid.addComponentColumn(line -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), event -> {
                service.remove(line.id());
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("holidays.remove", line.name()));
            return remove;
        }).setKey("remove").setHeader(getTranslation("holidays.remove.header"));
        add.setText(getTranslation("holidays.add"));
        add.setId("add-holiday");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(event -> add());
        add(hint, form, add, grid);
        refresh();
    }

    private void add() {
        form.write().ifPresent(draft -> {
            try {
                HolidayLine added = service.add(draft.getDate(), draft.getName());
                FormErrors.success(getTranslation("holidays.added", added.name()));
                form.clear();
                refresh();
            } catch (RuleViolation violation) {
                form.showError(violation);
            }
        });
    }

    private void refresh() {
        grid.setItems(service.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.holidays");
    }
}
