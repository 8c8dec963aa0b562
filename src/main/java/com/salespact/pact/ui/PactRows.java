package com.salespact.pact.ui;

import com.salespact.base.ui.LimitedTextField;
import com.salespact.pact.CommitmentKind;
import com.salespact.pact.LadderRung;
import com.salespact.pact.LadderTrigger;
import com.salespact.pact.ManagerCommitment;
import com.salespact.pact.MasLine;
import com.salespact.pact.MasMetric;
import com.salespact.pact.Motivator;
import com.salespact.pact.Per;
import com.salespact.pact.TrainingLine;
import com.salespact.pact.TrainingStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Supplier;

/** The row editors of the pact's lists. */
final class PactRows {

    private PactRows() {
    }

    static <E extends Enum<E>> Select<E> select(String label, E[] values, String keyPrefix) {
        Select<E> select = new Select<>();
        select.setAriaLabel(label);
        select.setPlaceholder(label);
        select.setItems(values);
        select.setItemLabelGenerator(value -> value == null ? "" : translate(keyPrefix + value.name()));
        return select;
    }

    static String translate(String key) {
        UI ui = UI.getCurrent();
        return ui == null ? key : ui.getTranslation(key);
    }

    static TextField text(String placeholder, int maxLength) {
        TextField field = new LimitedTextField(null, maxLength);
        field.setPlaceholder(placeholder);
        field.setAriaLabel(placeholder);
        StepForm.syncAsTyped(field);
        return field;
    }

    static BigDecimalField number(String placeholder) {
        BigDecimalField field = new BigDecimalField();
        field.setPlaceholder(placeholder);
        field.setAriaLabel(placeholder);
        StepForm.syncAsTyped(field);
        return field;
    }

    /** Base of the rows below: a flex line of fields, any change reported. */
    private abstract static class FieldsRow<T> implements RowsField.Row<T> {
        private final Div line = new Div();
        private final HasValue<?, ?>[] fields;

        FieldsRow(HasValue<?, ?>... fields) {
            this.fields = fields;
            line.addClassName("pact-row-fields");
            for (HasValue<?, ?> field : fields) {
                line.add((Component) field);
            }
        }

        @Override
        public Component component() {
            return line;
        }

        @Override
        public void onChange(Runnable listener) {
            for (HasValue<?, ?> field : fields) {
                field.addValueChangeListener(event -> listener.run());
            }
        }

        @Override
        public void setReadOnly(boolean readOnly) {
            for (HasValue<?, ?> field : fields) {
                field.setReadOnly(readOnly);
            }
        }

        static String orEmpty(String text) {
            return text == null ? "" : text;
        }
    }

    static Supplier<RowsField.Row<MasLine>> masLine() {
        return MasLineRow::new;
    }

    private static final class MasLineRow extends FieldsRow<MasLine> {
        private final Select<MasMetric> metric;
        private final BigDecimalField minimum;
        private final Select<Per> per;

        MasLineRow() {
            this(select(translate("pact.rows.metric"), MasMetric.values(), "pact.metric."), number(translate("pact.rows.minimum")),
                    select(translate("pact.rows.per"), Per.values(), "pact.per."));
        }

        private MasLineRow(Select<MasMetric> metric, BigDecimalField minimum, Select<Per> per) {
            super(metric, minimum, per);
            this.metric = metric;
            this.minimum = minimum;
            this.per = per;
        }

        @Override
        public MasLine value() {
            return new MasLine(metric.getValue(), minimum.getValue(), per.getValue());
        }

        @Override
        public void read(MasLine line) {
            metric.setValue(line.metric());
            minimum.setValue(line.minimum());
            per.setValue(line.per());
        }
    }

    static Supplier<RowsField.Row<ManagerCommitment>> commitment() {
        return CommitmentRow::new;
    }

    private static final class CommitmentRow extends FieldsRow<ManagerCommitment> {
        private final Select<CommitmentKind> kind;
        private final TextField description;
        private final BigDecimalField amount;
        private final Select<Per> per;

        CommitmentRow() {
            this(select(translate("pact.rows.kind"), CommitmentKind.values(), "pact.commitment."), text(translate("pact.rows.commitment"), 500),
                    number(translate("pact.rows.amount")), optionalPer());
        }

        private CommitmentRow(Select<CommitmentKind> kind, TextField description, BigDecimalField amount, Select<Per> per) {
            super(kind, description, amount, per);
            this.kind = kind;
            this.description = description;
            this.amount = amount;
            this.per = per;
        }

        @Override
        public ManagerCommitment value() {
            return new ManagerCommitment(kind.getValue(), description.getValue(), amount.getValue(), per.getValue());
        }

        @Override
        public void read(ManagerCommitment commitment) {
            kind.setValue(commitment.kind());
            description.setValue(orEmpty(commitment.description()));
            amount.setValue(commitment.amount());
            per.setValue(commitment.per());
        }
    }

    private static Select<Per> optionalPer() {
        Select<Per> per = select(translate("pact.rows.per"), Per.values(), "pact.per.");
        per.setEmptySelectionAllowed(true);
        per.setEmptySelectionCaption(translate("pact.per.none"));
        return per;
    }

    static Supplier<RowsField.Row<Motivator>> motivator() {
        return MotivatorRow::new;
    }

    private static final class MotivatorRow extends FieldsRow<Motivator> {
        private final Select<Motivator> motivator;

        MotivatorRow() {
            this(select(translate("pact.rows.motivator"), Motivator.values(), "pact.motivator."));
        }

        private MotivatorRow(Select<Motivator> motivator) {
            super(motivator);
            this.motivator = motivator;
        }

        @Override
        public Motivator value() {
            return motivator.getValue();
        }

        @Override
        public void read(Motivator value) {
            motivator.setValue(value);
        }
    }

    static Supplier<RowsField.Row<LadderRung>> rung() {
        return RungRow::new;
    }

    private static final class RungRow extends FieldsRow<LadderRung> {
        private final Select<LadderTrigger> trigger;
        private final TextField consequence;

        RungRow() {
            this(select(translate("pact.rows.trigger"), LadderTrigger.values(), "pact.trigger."), text(translate("pact.rows.consequence"), 500));
        }

        private RungRow(Select<LadderTrigger> trigger, TextField consequence) {
            super(trigger, consequence);
            this.trigger = trigger;
            this.consequence = consequence;
        }

        @Override
        public LadderRung value() {
            return new LadderRung(trigger.getValue(), consequence.getValue());
        }

        @Override
        public void read(LadderRung rung) {
            trigger.setValue(rung.trigger());
            consequence.setValue(orEmpty(rung.consequence()));
        }
    }

    static Supplier<RowsField.Row<String>> focusArea() {
        return FocusRow::new;
    }

    private static final class FocusRow extends FieldsRow<String> {
        private final TextField focus;

        FocusRow() {
            this(text(translate("pact.rows.focus"), 200));
        }

        private FocusRow(TextField focus) {
            super(focus);
            this.focus = focus;
        }

        @Override
        public String value() {
            return focus.getValue();
        }

        @Override
        public void read(String value) {
            focus.setValue(orEmpty(value));
        }
    }

    static Supplier<RowsField.Row<TrainingLine>> training() {
        return TrainingRow::new;
    }

    private static final class TrainingRow extends FieldsRow<TrainingLine> {
        private final TextField item;
        private final DatePicker due;
        private final Select<TrainingStatus> status;

        TrainingRow() {
            this(text(translate("pact.rows.training"), 300), datePicker(translate("pact.rows.due")), select(translate("pact.rows.status"), TrainingStatus.values(), "pact.training."));
        }

        private TrainingRow(TextField item, DatePicker due, Select<TrainingStatus> status) {
            super(item, due, status);
            this.item = item;
            this.due = due;
            this.status = status;
        }

        @Override
        public TrainingLine value() {
            return new TrainingLine(item.getValue(), due.getValue(), status.getValue());
        }

        @Override
        public void read(TrainingLine line) {
            item.setValue(orEmpty(line.item()));
            due.setValue(line.due());
            status.setValue(line.status());
        }
    }

    private static DatePicker datePicker(String label) {
        DatePicker picker = new com.salespact.base.ui.LocalizedDatePicker();
        picker.setPlaceholder(label);
        picker.setAriaLabel(label);
        return picker;
    }
}
