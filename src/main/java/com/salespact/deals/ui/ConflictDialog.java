package com.salespact.deals.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** Explains a refused save: what the other person changed, and the user's choices. Nothing is overwritten silently. */
class ConflictDialog extends Dialog {

    ConflictDialog(List<String> changes, Runnable reload, Runnable overwrite) {
        setHeaderTitle(getTranslation("deals.conflict.title"));
        setId("conflict-dialog");
        UnorderedList list = new UnorderedList();
        changes.forEach(change -> list.add(new ListItem(change)));
        add(new Paragraph(getTranslation("deals.conflict.intro")), list);

        Button reloadButton = new Button(getTranslation("deals.conflict.reload"), event -> {
            close();
            reload.run();
        });
        reloadButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reloadButton.setId("conflict-reload");
        Button overwriteButton = new Button(getTranslation("deals.conflict.keep"), event -> {
            close();
            overwrite.run();
        });
        overwriteButton.setId("conflict-overwrite");
        Button back = new Button(getTranslation("deals.conflict.cancel"), event -> close());
        getFooter().add(back, overwriteButton, reloadButton);
    }
}
