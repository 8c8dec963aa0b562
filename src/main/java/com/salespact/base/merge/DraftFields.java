package com.salespact.base.merge;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The editable fields of one kind of draft, by name: what a three-way merge compares and copies. Declared once per
 * draft, beside it in the domain, so the service that merges and the dialog that asks name the same fields.
 */
public final class DraftFields<D> {

    private record Field<D>(String name, Function<D, ?> read, BiConsumer<D, Object> write) {
    }

    private final Supplier<D> blank;
    private final List<Field<D>> fields = new ArrayList<>();

    private DraftFields(Supplier<D> blank) {
        this.blank = blank;
    }

    public static <D> DraftFields<D> of(Supplier<D> blank) {
        return new DraftFields<>(blank);
    }

    @SuppressWarnings("unchecked")
    public <V> DraftFields<D> field(String name, Function<D, V> read, BiConsumer<D, V> write) {
        fields.add(new Field<>(name, read, (draft, value) -> write.accept(draft, (V) value)));
        return this;
    }

    public D copy(D from) {
        return overwrite(from, blank.get());
    }

    /** Writes every field of {@code from} into {@code to} (a managed row, say) and returns it. */
    public D overwrite(D from, D to) {
        fields.forEach(field -> field.write().accept(to, field.read().apply(from)));
        return to;
    }

    /** The names of the fields whose values differ between the two drafts, in declaration order. */
    public Set<String> changed(D before, D after) {
        Set<String> names = new LinkedHashSet<>();
        fields.stream().filter(field -> !same(field.read().apply(before), field.read().apply(after)))
                .forEach(field -> names.add(field.name()));
        return names;
    }

    public Object value(D draft, String name) {
        return field(name).read().apply(draft);
    }

    /**
     * Puts my changes (mine against base) onto their current version. A field both sides changed to different
     * values is a conflict and keeps their value in {@link Merge#merged()} until somebody chooses. Without a base
     * (a caller that saves a whole draft) every field where mine differs from theirs is a conflict.
     */
    public Merge<D> merge(D base, D mine, D theirs) {
        Set<String> myChanges = changed(base == null ? theirs : base, mine);
        Set<String> theirChanges = base == null ? myChanges : changed(base, theirs);
        D merged = copy(theirs);
        List<FieldConflict> conflicts = new ArrayList<>();
        for (Field<D> field : fields) {
            if (!myChanges.contains(field.name())) {
                continue;
            }
            Object myValue = field.read().apply(mine);
            Object theirValue = field.read().apply(theirs);
            if (theirChanges.contains(field.name()) && !same(myValue, theirValue)) {
                conflicts.add(new FieldConflict(field.name(), base == null ? null : field.read().apply(base), myValue,
                        theirValue));
            } else {
                field.write().accept(merged, myValue);
            }
        }
        return new Merge<>(this, merged, myChanges, theirChanges, conflicts);
    }

    void set(D draft, String name, Object value) {
        field(name).write().accept(draft, value);
    }

    private Field<D> field(String name) {
        return fields.stream().filter(field -> field.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No field " + name));
    }

    /** Equal for a person: 40955 and 40955.00 are one amount, an empty text and no text are one text. */
    static boolean same(Object one, Object other) {
        if (one instanceof BigDecimal a && other instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        return Objects.equals(blankAsNull(one), blankAsNull(other));
    }

    private static Object blankAsNull(Object value) {
        return value instanceof String text && text.isBlank() ? null : value;
    }
}
