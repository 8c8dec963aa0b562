package com.salespact.deals.csv;

import com.salespact.deals.Stage;
import com.salespact.deals.csv.ImportValues.DateOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a foreign file is read: its kind and layout, the field of every column (by position), what its stage names
 * and owner names mean, how its slashed dates are ordered, and whether missing accounts are created from a deal
 * file. Proposed from the header, editable in the mapping step, saved per company by the header's signature.
 *
 * @param stages    a stage name or id, lower-case → our stage
 * @param owners    an owner as the file writes it (e-mail or full name) → a person's username
 * @param activityTypes an activity type as the file writes it, lower-case → the name of our activity kind
 * @param dateOrder null while the file needs no decision (no slashed date, or one above 12 decides it)
 */
public record ImportMapping(CsvKind kind, ImportLayout layout, List<ImportField> fields, Map<String, Stage> stages,
                            Map<String, String> owners, DateOrder dateOrder, boolean createAccounts,
                            Map<String, String> activityTypes) {

    public ImportMapping {
        fields = List.copyOf(fields);
        stages = Map.copyOf(stages);
        owners = Map.copyOf(owners);
        // A mapping saved before activities were importable has none.
        activityTypes = activityTypes == null ? Map.of() : Map.copyOf(activityTypes);
    }

    public ImportField field(int column) {
        return column < fields.size() ? fields.get(column) : ImportField.IGNORE;
    }

    public boolean has(ImportField field) {
        return fields.contains(field);
    }

    public ImportMapping withField(int column, ImportField field) {
        List<ImportField> changed = new ArrayList<>(fields);
        changed.set(column, field == null ? ImportField.IGNORE : field);
        return new ImportMapping(kind, layout, changed, stages, owners, dateOrder, createAccounts, activityTypes);
    }

    /** Another kind: columns whose field that kind has not are ignored. */
    public ImportMapping withKind(CsvKind other) {
        List<ImportField> allowed = ImportField.of(other);
        List<ImportField> changed = fields.stream().map(field -> allowed.contains(field) ? field : ImportField.IGNORE)
                .toList();
        return new ImportMapping(other, layout, changed, stages, owners, dateOrder, createAccounts, activityTypes);
    }

    public ImportMapping withStage(String value, Stage stage) {
        Map<String, Stage> changed = new LinkedHashMap<>(stages);
        if (stage == null) {
            changed.remove(key(value));
        } else {
            changed.put(key(value), stage);
        }
        return new ImportMapping(kind, layout, fields, changed, owners, dateOrder, createAccounts, activityTypes);
    }

    public ImportMapping withOwner(String value, String username) {
        Map<String, String> changed = new LinkedHashMap<>(owners);
        if (username == null) {
            changed.remove(value.strip());
        } else {
            changed.put(value.strip(), username);
        }
        return new ImportMapping(kind, layout, fields, stages, changed, dateOrder, createAccounts, activityTypes);
    }

    public ImportMapping withDateOrder(DateOrder order) {
        return new ImportMapping(kind, layout, fields, stages, owners, order, createAccounts, activityTypes);
    }

    public ImportMapping withCreateAccounts(boolean create) {
        return new ImportMapping(kind, layout, fields, stages, owners, dateOrder, create, activityTypes);
    }

    public ImportMapping withActivityType(String value, String kind) {
        Map<String, String> changed = new LinkedHashMap<>(activityTypes);
        if (kind == null) {
            changed.remove(key(value));
        } else {
            changed.put(key(value), kind);
        }
        return new ImportMapping(kind(), layout, fields, stages, owners, dateOrder, createAccounts, changed);
    }

    /** The activity kind's name a type value is mapped to, or null. */
    public String activityType(String value) {
        return activityTypes.get(key(value));
    }

    /** The stage a value is mapped to, or null. */
    public Stage stage(String value) {
        return stages.get(key(value));
    }

    /** The username an owner value is mapped to, or null. */
    public String owner(String value) {
        return owners.get(value.strip());
    }

    static String key(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }
}
