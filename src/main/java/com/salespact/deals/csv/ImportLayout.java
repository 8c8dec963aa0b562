package com.salespact.deals.csv;

import static com.salespact.deals.csv.ImportField.CLOSED_DATE;

import com.salespact.deals.ForecastCategory;
import com.salespact.deals.Stage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The export layouts SalesPact knows, by their header names in English and German (the CRMs localise headers to the
 * exporting user's language): SalesPact's own template, Salesforce opportunity and account reports, HubSpot deals and
 * companies, Pipedrive deals and organisations. Each layout also gives the prefix of the external ids its record ids
 * become (decision 025), so two CRMs' "123" never meet. A file matching none is OTHER: every column starts as
 * "ignore" unless a header name is known from any layout.
 */
public enum ImportLayout {
    SALESPACT(""),
    SALESFORCE("SF-"),
    HUBSPOT("HS-"),
    PIPEDRIVE("PD-"),
    OTHER("CSV-");

    /** Header names and stage names, as data: {@code import/layouts.properties}. */
    private static final Properties NAMES = names();

    /** The SalesPact template's own columns, for a file of this kind. */
    private static final Map<String, ImportField> TEMPLATE = template();

    /** "SALESFORCE.DEALS.opportunity id" → EXTERNAL_ID. */
    private static final Map<String, ImportField> HEADERS = headers();

    /** Stage names of the three CRMs (labels and HubSpot's internal ids), English and German, lower-case. */
    private static final Map<String, Stage> STAGES = stages();

    private final String prefix;

    ImportLayout(String prefix) {
        this.prefix = prefix;
    }

    /** What an external id from this layout starts with: "SF-", "HS-", "PD-"; none for the SalesPact template. */
    public String prefix() {
        return prefix;
    }

    /** A layout, a kind and the field proposed for each column. */
    public record Proposal(ImportLayout layout, CsvKind kind, List<ImportField> fields, int recognised) {
    }

    /**
     * The layout and kind whose header names match most of the file's columns (the preferred kind wins a tie), and
     * the proposed field of every column.
     */
    public static Proposal propose(List<String> header, CsvKind preferred) {
        Proposal best = null;
        for (ImportLayout layout : values()) {
            List<CsvKind> kinds = new ArrayList<>(List.of(preferred));
            Arrays.stream(CsvKind.values()).filter(kind -> kind != preferred).forEach(kinds::add);
            for (CsvKind kind : kinds) {
                Proposal proposal = layout.proposeAs(header, kind);
                if (best == null || proposal.recognised() > best.recognised()) {
                    best = proposal;
                }
            }
        }
        if (best.recognised() == 0) {
            return new Proposal(OTHER, preferred, header.stream().map(name -> ImportField.IGNORE).toList(), 0);
        }
        return best;
    }

    private Proposal proposeAs(List<String> header, CsvKind kind) {
        List<ImportField> fields = new ArrayList<>();
        int recognised = 0;
        List<ImportField> taken = new ArrayList<>();
        for (String name : header) {
            ImportField field = fieldOf(name, kind);
            // One column per field, except the closed date Pipedrive splits into won time and lost time.
            if (field != ImportField.IGNORE && taken.contains(field) && field != CLOSED_DATE) {
                field = ImportField.IGNORE;
            }
            if (field != ImportField.IGNORE) {
                recognised++;
                taken.add(field);
            }
            fields.add(field);
        }
        return new Proposal(this, kind, fields, recognised);
    }

    private ImportField fieldOf(String header, CsvKind kind) {
        String key = header.strip().toLowerCase(Locale.ROOT);
        ImportField named = HEADERS.getOrDefault(name() + "." + kind.name() + "." + key, ImportField.IGNORE);
        if (this == SALESPACT && named == ImportField.IGNORE) {
            // The template's own column names; the dictionary adds what people call them (German targets files).
            String normalised = CsvFileReader.normalise(List.of(header)).getFirst();
            ImportField field = TEMPLATE.get(normalised);
            return field != null && kind.columns().contains(normalised) ? field : ImportField.IGNORE;
        }
        return named;
    }

    /** Whether every column is one of the template's (then the file is read exactly as before decision 025). */
    public static boolean isTemplate(List<String> header, CsvKind kind) {
        return !header.isEmpty() && CsvFileReader.normalise(header).stream()
                .allMatch(name -> kind.columns().contains(name) || kind.isIgnored(name));
    }

    /** Our stage for a CRM's stage name or id, or null when it is not a known one. */
    public static Stage stage(String value) {
        String key = value.strip().toLowerCase(Locale.ROOT);
        Stage stage = STAGES.get(key);
        if (stage == null) {
            for (Stage ours : Stage.values()) {
                if (ours.name().equalsIgnoreCase(key)) {
                    return ours;
                }
            }
        }
        return stage;
    }

    /**
     * An activity type of the three CRMs ("Call", "CALL", "call", "Anruf"…) as the name of our activity kind, or
     * null when it is none we count (an e-mail, a task): the activities feature reports such a row.
     */
    public static String activityKind(String value) {
        String key = value.strip().toLowerCase(Locale.ROOT);
        for (String name : NAMES.stringPropertyNames()) {
            if (name.startsWith("activity.")) {
                for (String known : NAMES.getProperty(name).split("\\|")) {
                    if (known.strip().equalsIgnoreCase(key)) {
                        return name.substring("activity.".length());
                    }
                }
            }
        }
        return null;
    }

    /** The names of the activity kinds a type can be mapped to, as the dictionary lists them (CALL, MEETING, …). */
    public static List<String> activityKinds() {
        return NAMES.stringPropertyNames().stream().filter(name -> name.startsWith("activity."))
                .map(name -> name.substring("activity.".length())).sorted().toList();
    }

    /** Pipedrive's status: won and lost decide the stage; open leaves it to the stage column. */
    public static Stage status(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "won", "gewonnen" -> Stage.WON;
            case "lost", "verloren" -> Stage.LOST;
            default -> null;
        };
    }

    /** Salesforce's and HubSpot's forecast categories; null when unknown (the deal's default then). */
    public static ForecastCategory forecast(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT).replace('_', ' ')) {
            case "commit", "closed", "geschlossen" -> ForecastCategory.COMMIT;
            case "best case", "bester fall" -> ForecastCategory.BEST_CASE;
            case "pipeline", "omitted", "ausgelassen" -> ForecastCategory.PIPELINE;
            default -> null;
        };
    }

    private static Properties names() {
        Properties names = new Properties();
        try (InputStream in = ImportLayout.class.getResourceAsStream("/import/layouts.properties")) {
            names.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException | NullPointerException missing) {
            throw new IllegalStateException("import/layouts.properties cannot be read", missing);
        }
        return names;
    }

    private static Map<String, ImportField> headers() {
        Map<String, ImportField> map = new HashMap<>();
        for (String key : NAMES.stringPropertyNames()) {
            String[] parts = key.split("\\.");
            if (parts.length == 3) {
                for (String header : NAMES.getProperty(key).split("\\|")) {
                    map.put(parts[0] + "." + parts[1] + "." + header.strip().toLowerCase(Locale.ROOT),
                            ImportField.valueOf(parts[2]));
                }
            }
        }
        return Map.copyOf(map);
    }

    private static Map<String, ImportField> template() {
        Map<String, ImportField> map = new HashMap<>();
        for (ImportField field : ImportField.values()) {
            if (field.column() != null) {
                map.put(field.column(), field);
            }
        }
        return Map.copyOf(map);
    }

    private static Map<String, Stage> stages() {
        Map<String, Stage> map = new HashMap<>();
        for (Stage stage : Stage.values()) {
            String names = NAMES.getProperty("stage." + stage.name(), "");
            for (String name : names.split("\\|")) {
                if (!name.isBlank()) {
                    map.put(name.strip().toLowerCase(Locale.ROOT), stage);
                }
            }
        }
        return Map.copyOf(map);
    }
}
