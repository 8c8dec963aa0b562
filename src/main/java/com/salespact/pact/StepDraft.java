package com.salespact.pact;

import com.salespact.base.Messages;
import com.salespact.base.merge.DraftFields;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One wizard step's content taken apart into its fields (the step record's components, named as the forms and the
 * step's problems name them), so two concurrent saves of one step are merged field by field: a text, an amount or a
 * list (the standards, the commitments, the ladder) is one field.
 */
public final class StepDraft {

    private static final Map<PactStep, DraftFields<StepDraft>> FIELDS = new EnumMap<>(PactStep.class);

    static {
        for (PactStep step : PactStep.values()) {
            DraftFields<StepDraft> fields = DraftFields.of(() -> new StepDraft(step));
            for (RecordComponent component : type(step).getRecordComponents()) {
                String name = component.getName();
                fields.field(name, (StepDraft draft) -> draft.values.get(name),
                        (draft, value) -> draft.values.put(name, value));
            }
            FIELDS.put(step, fields);
        }
    }

    private final PactStep step;
    private final Map<String, Object> values = new LinkedHashMap<>();

    private StepDraft(PactStep step) {
        this.step = step;
    }

    /** The fields of a step's draft, in the step record's order. */
    public static DraftFields<StepDraft> fields(PactStep step) {
        return FIELDS.get(step);
    }

    public static StepDraft of(StepContent content) {
        StepDraft draft = new StepDraft(content.step());
        try {
            for (RecordComponent component : content.getClass().getRecordComponents()) {
                draft.values.put(component.getName(), component.getAccessor().invoke(content));
            }
        } catch (IllegalAccessException | InvocationTargetException unreadable) {
            throw new IllegalStateException("Cannot read " + content.step(), unreadable);
        }
        return draft;
    }

    public PactStep step() {
        return step;
    }

    /** The step record again, through its canonical constructor (which normalises as it always does). */
    public StepContent content() {
        Class<? extends StepContent> type = type(step);
        RecordComponent[] components = type.getRecordComponents();
        try {
            return type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new)).newInstance(Arrays.stream(components)
                    .map(component -> values.get(component.getName())).toArray());
        } catch (ReflectiveOperationException unbuildable) {
            throw new IllegalStateException("Cannot build " + step, unbuildable);
        }
    }

    /** A field's value as a person reads it (the conflict dialog shows both sides this way). */
    public static String readable(Object value) {
        return switch (value) {
            case null -> "";
            case String text -> text;
            case BigDecimal number -> PactFormat.number(number);
            case Enum<?> constant -> PactFormat.words(constant);
            case PactPeriod period -> PactFormat.dateRange(period);
            case MasLine line -> PactFormat.words(line.metric()) + ": " + PactFormat.standard(line);
            case ManagerCommitment commitment -> StepContent.text(commitment.description())
                    + (commitment.amount() == null ? "" : Messages.text("pact.field.commitment-amount",
                    PactFormat.number(commitment.amount()), PactFormat.per(commitment.per())));
            case LadderRung rung -> PactFormat.words(rung.trigger()) + ": " + StepContent.text(rung.consequence());
            case TrainingLine line -> Messages.text("pact.field.training-line", StepContent.text(line.item()),
                    PactFormat.date(line.due()), PactFormat.words(line.status()));
            case FormulaOverrides formula -> formula.fields().entrySet().stream()
                    .map(field -> field.getKey() + ": " + field.getValue()).collect(Collectors.joining("; "));
            case List<?> list -> list.stream().map(StepDraft::readable).collect(Collectors.joining("; "));
            default -> value.toString();
        };
    }

    private static Class<? extends StepContent> type(PactStep step) {
        return switch (step) {
            case TARGETS -> TargetsStep.class;
            case EXPECTATIONS -> ExpectationsStep.class;
            case MOTIVATIONS -> MotivationsStep.class;
            case CONSEQUENCES -> ConsequencesStep.class;
            case ROLE -> RoleStep.class;
        };
    }
}
