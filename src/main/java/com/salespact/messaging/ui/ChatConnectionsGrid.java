package com.salespact.messaging.ui;

import com.salespact.messaging.ChatConnectionLine;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** A team's connections: name, chat, the masked URL, the events, on or off, and what one can do with each. */
class ChatConnectionsGrid extends Grid<ChatConnectionLine> {

    /** What the buttons of a row ask the view to do. */
    record Actions(Consumer<ChatConnectionLine> test, Consumer<ChatConnectionLine> toggle,
                   Consumer<ChatConnectionLine> delete) {
    }

    ChatConnectionsGrid(Actions actions) {
        setId("chat-connections");
        addColumn(ChatConnectionLine::name).setHeader(getTranslation("messaging.chat.name")).setFlexGrow(1);
        addColumn(line -> getTranslation(line.type().labelKey())).setHeader(getTranslation("messaging.chat.type"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(ChatConnectionLine::maskedUrl).setHeader(getTranslation("messaging.chat.url")).setKey("url")
                .setFlexGrow(1);
        addColumn(line -> line.events().stream().sorted().map(event -> getTranslation(event.labelKey()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("messaging.chat.events")).setFlexGrow(2);
        addColumn(line -> getTranslation(line.enabled() ? "messaging.chat.on" : "messaging.chat.off"))
                .setHeader(getTranslation("messaging.chat.state")).setKey("state").setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(line -> buttons(line, actions)).setKey("actions").setHeader(getTranslation("messaging.chat.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
    }

    void show(List<ChatConnectionLine> lines) {
        setItems(lines);
    }

    private HorizontalLayout buttons(ChatConnectionLine line, Actions actions) {
        return new HorizontalLayout(
                button("chat-test-" + line.id(), "messaging.chat.test", () -> actions.test().accept(line)),
                button("chat-toggle-" + line.id(), line.enabled() ? "messaging.chat.disable" : "messaging.chat.enable",
                        () -> actions.toggle().accept(line)),
                button("chat-delete-" + line.id(), "messaging.chat.delete", () -> actions.delete().accept(line)));
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(getTranslation(key), event -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setId(id);
        return button;
    }
}
