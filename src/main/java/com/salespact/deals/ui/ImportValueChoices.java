package com.salespact.deals.ui;

import com.salespact.deals.Stage;
import com.salespact.deals.csv.ImportDraft;
import com.salespact.deals.csv.ImportField;
import com.salespact.deals.csv.ImportLayout;
import com.salespact.deals.csv.ImportMapping;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The values a file writes in its own words, each with a choice of ours: every stage name → one of our stages, every
 * owner → a person. A value nothing matched stays empty and is marked; left so, the preview reports it at its lines.
 */
class ImportValueChoices extends VerticalLayout {

    private final H4 stagesTitle = new H4();
    private final FormLayout stages = new FormLayout();
    private final H4 typesTitle = new H4();
    private final FormLayout types = new FormLayout();
    private final H4 ownersTitle = new H4();
    private final FormLayout owners = new FormLayout();

    ImportValueChoices() {
        setPadding(false);
        stagesTitle.setText(getTranslation("import.values.stages"));
        ownersTitle.setText(getTranslation("import.values.owners"));
        stages.setId("import-stages");
        owners.setId("import-owners");
        typesTitle.setText(getTranslation("import.values.activity-types"));
        types.setId("import-activity-types");
        add(stagesTitle, stages, typesTitle, types, ownersTitle, owners);
    }

    /** Shows the values of the columns the mapping reads as stage and owner; a choice changes the mapping. */
    void show(ImportDraft draft, ImportMapping mapping, java.util.function.Consumer<UnaryOperator<ImportMapping>> change) {
        stages.removeAll();
        owners.removeAll();
        types.removeAll();
        // Activity kinds by name: deals.ui cannot see the activities feature's enum (it depends on deals).
        List<String> typeValues = draft.distinct(mapping, ImportField.ACTIVITY_KIND);
        for (int i = 0; i < typeValues.size(); i++) {
            String value = typeValues.get(i);
            Select<String> select = new Select<>();
            select.setId("import-activity-type-" + i);
            select.setLabel(value);
            select.setItems(ImportLayout.activityKinds());
            select.setItemLabelGenerator(kind -> kind == null ? "" : getTranslation("activity." + kind));
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(getTranslation("import.values.choose"));
            select.setValue(mapping.activityType(value));
            select.setInvalid(select.getValue() == null);
            select.setErrorMessage(getTranslation("import.values.unknown-activity-type"));
            select.addValueChangeListener(event -> change.accept(m -> m.withActivityType(value, event.getValue())));
            types.add(select);
        }
        typesTitle.setVisible(!typeValues.isEmpty());
        types.setVisible(!typeValues.isEmpty());
        List<String> stageValues = draft.distinct(mapping, ImportField.STAGE);
        for (int i = 0; i < stageValues.size(); i++) {
            String value = stageValues.get(i);
            Select<Stage> select = new Select<>();
            select.setId("import-stage-" + i);
            select.setLabel(value);
            select.setItems(Stage.values());
            select.setItemLabelGenerator(stage -> stage == null ? "" : getTranslation("stage." + stage.name()));
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(getTranslation("import.values.choose"));
            select.setValue(mapping.stage(value));
            select.setInvalid(select.getValue() == null);
            select.setErrorMessage(getTranslation("import.values.unknown"));
            select.addValueChangeListener(event -> change.accept(m -> m.withStage(value, event.getValue())));
            stages.add(select);
        }
        List<String> ownerValues = draft.distinct(mapping, ImportField.OWNER);
        List<String> usernames = draft.people().stream().map(ImportDraft.Choice::username).toList();
        for (int i = 0; i < ownerValues.size(); i++) {
            String value = ownerValues.get(i);
            Select<String> select = new Select<>();
            select.setId("import-owner-" + i);
            select.setLabel(value);
            select.setItems(usernames);
            select.setItemLabelGenerator(username -> username == null ? "" : draft.people().stream()
                    .filter(person -> person.username().equals(username)).findFirst()
                    .map(person -> person.fullName() + " (" + person.username() + ")").orElse(username));
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(getTranslation("import.values.choose"));
            select.setValue(mapping.owner(value));
            select.setInvalid(select.getValue() == null);
            select.setErrorMessage(getTranslation("import.values.unknown-owner"));
            select.addValueChangeListener(event -> change.accept(m -> m.withOwner(value, event.getValue())));
            owners.add(select);
        }
        stagesTitle.setVisible(!stageValues.isEmpty());
        stages.setVisible(!stageValues.isEmpty());
        ownersTitle.setVisible(!ownerValues.isEmpty());
        owners.setVisible(!ownerValues.isEmpty());
    }
}
