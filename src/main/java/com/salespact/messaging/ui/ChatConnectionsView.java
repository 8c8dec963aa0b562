package com.salespact.messaging.ui;

import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FormErrors;
import com.salespact.messaging.ChatConnectionLine;
import com.salespact.messaging.ChatConnectionService;
import com.salespact.messaging.MessagingLinks;
import com.salespact.people.TeamSummary;
import com.salespact.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * A team's Slack and Microsoft Teams connections (incoming webhooks): which events each channel is told about, a test
 * post, on/off, delete. A manager keeps their own team's, an admin picks the team ({@code team-chat?team=3}). The
 * service enforces it; the URL is shown masked, as everywhere.
 */
@Route(MessagingLinks.TEAM_CHAT_ROUTE)
@Menu(order = 91.5, icon = "CHAT", title = "messaging.chat.nav")
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
public class ChatConnectionsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final ChatConnectionService service;
    final Select<TeamSummary> team = new Select<>();
    final ChatConnectionsGrid grid;
    final Paragraph empty = new Paragraph();
    final ChatConnectionForm form = new ChatConnectionForm();
    final Button add = new Button();
    private final List<TeamSummary> teams;

    public ChatConnectionsView(ChatConnectionService service) {
        this.service = service;
        setId("chat-connections-view");
        Paragraph hint = new Paragraph(getTranslation("messaging.chat.hint"));
        hint.addClassName("review-hint");
        teams = service.teams();
        team.setId("chat-team");
        team.setLabel(getTranslation("messaging.chat.team"));
        team.setItems(teams);
        team.setItemLabelGenerator(TeamSummary::name);
        team.setVisible(teams.size() > 1);
        team.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                if (event.isFromClient()) {
                    MessagingNavigation.showTeam(event.getValue().id());
                }
                refresh();
            }
        });
        grid = new ChatConnectionsGrid(new ChatConnectionsGrid.Actions(this::test, this::toggle, this::delete));
        empty.setId("chat-empty");
        empty.setText(getTranslation("messaging.chat.none"));
        add.setText(getTranslation("messaging.chat.add"));
        add.setId("chat-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(event -> add());
        add(hint, team, grid, empty, new H3(getTranslation("messaging.chat.new")), form, add);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long wanted = MessagingNavigation.team(event.getLocation().getQueryParameters()).orElse(null);
        TeamSummary chosen = teams.stream().filter(t -> wanted == null || t.id() == wanted).findFirst()
                .orElse(teams.isEmpty() ? null : teams.getFirst());
        team.setValue(chosen);
        if (chosen == null) {
            grid.setVisible(false);
            form.setVisible(false);
            add.setVisible(false);
            empty.setText(getTranslation("messaging.chat.no-team"));
        }
    }

    private void add() {
        TeamSummary current = team.getValue();
        form.write().ifPresent(draft -> {
            try {
                ChatConnectionLine added = service.add(current.id(), draft);
                FormErrors.success(getTranslation("messaging.chat.added", added.name()));
                form.clear();
                refresh();
            } catch (RuleViolation refused) {
                form.showError(refused);
            }
        });
    }

    private void test(ChatConnectionLine line) {
        act(() -> service.sendTest(line.id()), getTranslation("messaging.chat.test-queued", line.name()));
    }

    private void toggle(ChatConnectionLine line) {
        act(() -> service.setEnabled(line.id(), !line.enabled()),
                getTranslation(line.enabled() ? "messaging.chat.disabled" : "messaging.chat.enabled", line.name()));
    }

    private void delete(ChatConnectionLine line) {
        act(() -> service.delete(line.id()), getTranslation("messaging.chat.deleted", line.name()));
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            FormErrors.success(done);
        } catch (RuleViolation refused) {
            FormErrors.error(refused.getMessage());
        }
        refresh();
    }

    private void refresh() {
        TeamSummary current = team.getValue();
        List<ChatConnectionLine> lines = current == null ? List.of() : service.list(current.id());
        grid.show(lines);
        grid.setVisible(!lines.isEmpty());
        empty.setVisible(lines.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.team-chat");
    }
}
