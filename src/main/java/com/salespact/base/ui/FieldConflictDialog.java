package com.salespact.base.ui;

import com.salespact.base.Formats;
import com.salespact.base.merge.FieldConflict;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Asks, per field, which value to keep when both the user and somebody else changed it. Everything else the user
 * changed was merged already; nothing is saved until the user chooses.
 */
public class FieldConflictDialog extends Dialog {

    /** How a form names its fields and shows their values. */
    public record Labels(Function<String, String> field, BiFunction<String, Object, String> value) {

        /**
         * Names from the form's own fields; values as a person reads them: {@code special} first (enums, ids; it
         * answers null for the rest), then grouped numbers and dates.
         */
        public static Labels of(Map<String, ?> fields, BiFunction<String, Object, String> special) {
            return new Labels(name -> fields.get(name) instanceof HasLabel labelled ? labelled.getLabel() : name,
                    (name, value) -> Optional.ofNullable(special.apply(name, value)).orElseGet(() -> plain(value)));
        }

        /** The labels of the named fields, joined for a sentence. */
        public String join(Collection<String> names) {
            return names.stream().map(field).collect(Collectors.joining(", "));
        }

        private static String plain(Object value) {
            Formats formats = UserFormats.current();
            return switch (value) {
                case BigDecimal number -> formats.number(number, 2);
                case LocalDate date -> formats.date(date);
                default -> String.valueOf(value);
            };
        }
    }

    private final Map<String, RadioButtonGroup<Boolean>> choices = new LinkedHashMap<>();

    public FieldConflictDialog(String title, List<FieldConflict> conflicts, Labels labels,
                               Consumer<Set<String>> saveKeepingMine) {
        setHeaderTitle(title);
        setId("field-conflict-dialog");
        add(new Paragraph(getTranslation("merge.intro")));
        for (FieldConflict conflict : conflicts) {
            RadioButtonGroup<Boolean> choice = new RadioButtonGroup<>(labels.field().apply(conflict.field()));
            choice.setItems(Boolean.TRUE, Boolean.FALSE);
            choice.setItemLabelGenerator(mine -> getTranslation(mine ? "merge.mine" : "merge.theirs",
                    shown(labels, conflict.field(), mine ? conflict.mine() : conflict.theirs())));
            choice.setValue(Boolean.TRUE);
            choice.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            choice.setId("conflict-" + conflict.field());
            choice.addClassName("conflict-choice");
            choices.put(conflict.field(), choice);
            add(choice);
        }
        Button save = new Button(getTranslation("merge.save"), event -> {
            close();
            saveKeepingMine.accept(keepMine());
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("conflict-save");
        Button back = new Button(getTranslation("merge.back"), event -> close());
        back.setId("conflict-back");
        getFooter().add(back, save);
    }

    private Set<String> keepMine() {
        Set<String> mine = new LinkedHashSet<>();
        choices.forEach((field, choice) -> {
            if (Boolean.TRUE.equals(choice.getValue())) {
                mine.add(field);
            }
        });
        return mine;
    }

    private String shown(Labels labels, String field, Object value) {
        return value == null || value instanceof String text && text.isBlank() ? getTranslation("merge.empty")
                : labels.value().apply(field, value);
    }
}
