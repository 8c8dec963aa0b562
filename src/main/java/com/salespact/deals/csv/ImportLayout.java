package com.salespact.deals.csv;

import static com.salespact.deals.csv.ImportField.ACCOUNT_CLASS;
import static com.salespact.deals.csv.ImportField.ACCOUNT_ID;
import static com.salespact.deals.csv.ImportField.ACCOUNT_NAME;
import static com.salespact.deals.csv.ImportField.AMOUNT;
import static com.salespact.deals.csv.ImportField.CITY;
import static com.salespact.deals.csv.ImportField.CLOSED_DATE;
import static com.salespact.deals.csv.ImportField.CLOSE_DATE;
import static com.salespact.deals.csv.ImportField.CREATED_DATE;
import static com.salespact.deals.csv.ImportField.EXTERNAL_ID;
import static com.salespact.deals.csv.ImportField.FORECAST_CATEGORY;
import static com.salespact.deals.csv.ImportField.GROSS_PROFIT;
import static com.salespact.deals.csv.ImportField.INDUSTRY;
import static com.salespact.deals.csv.ImportField.LOST_REASON;
import static com.salespact.deals.csv.ImportField.NAME;
import static com.salespact.deals.csv.ImportField.NEXT_STEP;
import static com.salespact.deals.csv.ImportField.OWNER;
import static com.salespact.deals.csv.ImportField.STAGE;
import static com.salespact.deals.csv.ImportField.STATUS;

import com.salespact.deals.ForecastCategory;
import com.salespact.deals.Stage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The export layouts SalesPact knows, by their header names in English and German (the CRMs localise headers to the
 * exporting user's language): SalesPact's own template, Salesforce opportunity and account reports, HubSpot deals and
 * companies, Pipedrive deals and organisations. Each layout also gives the prefix of the external ids its record ids
 * become (decision 025), so two CRMs' "123" never meet. A file matching none is OTHER: every column starts as
 * "ignore" unless a header name is known from any layout.
 */
public enum ImportLayout {
    SALESPACT("", Map.of(), Map.of()),
    SALESFORCE("SF-", aliases(
            EXTERNAL_ID, "Opportunity ID", "Opportunity ID (18)", "Opportunity-ID", "Opportunity-ID (18-stellig)",
            NAME, "Opportunity Name", "Opportunity-Name", "Name der Opportunity",
            ACCOUNT_ID, "Account ID", "Account-ID",
            ACCOUNT_NAME, "Account Name", "Accountname", "Account-Name",
            OWNER, "Opportunity Owner", "Opportunity-Inhaber", "Opportunity Owner Email",
            AMOUNT, "Amount", "Betrag",
            STAGE, "Stage", "Phase",
            CLOSE_DATE, "Close Date", "Schlusstermin", "Abschlussdatum",
            CREATED_DATE, "Created Date", "Erstelldatum", "Erstellt am",
            NEXT_STEP, "Next Step", "Nächster Schritt",
            FORECAST_CATEGORY, "Forecast Category", "Prognosekategorie",
            LOST_REASON, "Loss Reason", "Verlustgrund"), aliases(
            EXTERNAL_ID, "Account ID", "Account-ID", "Account ID (18)",
            NAME, "Account Name", "Accountname", "Account-Name",
            OWNER, "Account Owner", "Account-Inhaber",
            INDUSTRY, "Industry", "Branche",
            CITY, "Billing City", "Ort (Rechnungsanschrift)", "Rechnungsort")),
    HUBSPOT("HS-", aliases(
            EXTERNAL_ID, "Record ID", "Datensatz-ID", "Deal ID",
            NAME, "Deal Name", "Deal-Name", "Name des Deals",
            STAGE, "Deal Stage", "Deal-Phase", "Dealphase",
            AMOUNT, "Amount", "Betrag",
            CLOSE_DATE, "Close Date", "Abschlussdatum",
            OWNER, "Deal owner", "Deal-Inhaber", "Dealinhaber",
            CREATED_DATE, "Create Date", "Erstellungsdatum", "Erstelldatum",
            ACCOUNT_NAME, "Associated Company", "Associated Company (Primary)", "Zugeordnetes Unternehmen",
            ACCOUNT_ID, "Associated Company IDs", "Associated Company IDs (Primary)",
            "Zugeordnete Unternehmens-IDs",
            LOST_REASON, "Closed Lost Reason", "Grund für verlorenen Deal",
            NEXT_STEP, "Next step", "Nächster Schritt",
            FORECAST_CATEGORY, "Forecast category", "Prognosekategorie"), aliases(
            EXTERNAL_ID, "Record ID", "Datensatz-ID", "Company ID",
            NAME, "Company name", "Name des Unternehmens", "Unternehmensname",
            OWNER, "Company owner", "Unternehmensinhaber",
            INDUSTRY, "Industry", "Branche",
            CITY, "City", "Stadt", "Ort")),
    PIPEDRIVE("PD-", aliases(
            EXTERNAL_ID, "Deal - ID", "Deal - ID",
            NAME, "Deal - Title", "Deal - Titel",
            AMOUNT, "Deal - Value", "Deal - Wert",
            STAGE, "Deal - Stage", "Deal - Phase",
            STATUS, "Deal - Status", "Deal - Status",
            OWNER, "Deal - Owner", "Deal - Besitzer", "Deal - Inhaber",
            ACCOUNT_NAME, "Deal - Organization", "Deal - Organisation",
            ACCOUNT_ID, "Deal - Organization ID", "Deal - Organisations-ID",
            CLOSE_DATE, "Deal - Expected close date", "Deal - Erwartetes Abschlussdatum",
            CREATED_DATE, "Deal - Deal created", "Deal - Deal erstellt",
            CLOSED_DATE, "Deal - Won time", "Deal - Lost time", "Deal - Gewonnen am", "Deal - Verloren am",
            LOST_REASON, "Deal - Lost reason", "Deal - Grund für Verlust"), aliases(
            EXTERNAL_ID, "Organization - ID", "Organisation - ID",
            NAME, "Organization - Name", "Organisation - Name",
            OWNER, "Organization - Owner", "Organisation - Besitzer",
            CITY, "Organization - City/town/village/locality", "Organisation - Stadt")),
    OTHER("CSV-", Map.of(), Map.of());

    /** The SalesPact template's own columns, for a file of this kind. */
    private static final Map<String, ImportField> TEMPLATE = template();

    /** Stage names of the three CRMs (labels and HubSpot's internal ids), English and German, lower-case. */
    private static final Map<String, Stage> STAGES = stages();

    private final String prefix;
    private final Map<String, ImportField> deals;
    private final Map<String, ImportField> accounts;

    ImportLayout(String prefix, Map<String, ImportField> deals, Map<String, ImportField> accounts) {
        this.prefix = prefix;
        this.deals = deals;
        this.accounts = accounts;
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
            for (CsvKind kind : List.of(preferred, preferred == CsvKind.DEALS ? CsvKind.ACCOUNTS : CsvKind.DEALS)) {
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
        if (this == SALESPACT) {
            String normalised = CsvFileReader.normalise(List.of(header)).getFirst();
            ImportField field = TEMPLATE.get(normalised);
            return field != null && kind.columns().contains(normalised) ? field : ImportField.IGNORE;
        }
        Map<String, ImportField> known = kind == CsvKind.DEALS ? deals : accounts;
        return known.getOrDefault(key, ImportField.IGNORE);
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

    private static Map<String, ImportField> aliases(Object... fieldsAndNames) {
        Map<String, ImportField> map = new HashMap<>();
        ImportField field = null;
        for (Object each : fieldsAndNames) {
            if (each instanceof ImportField next) {
                field = next;
            } else {
                map.put(((String) each).toLowerCase(Locale.ROOT), field);
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
        put(map, Stage.PROSPECT, "prospecting", "prospect", "erkundung", "lead in", "lead", "appointmentscheduled",
                "appointment scheduled", "termin vereinbart", "neu");
        put(map, Stage.QUALIFIED, "qualification", "qualified", "qualifizierung", "needs analysis", "bedarfsanalyse",
                "id. decision makers", "qualifiedtobuy", "qualified to buy", "kaufbereit", "contact made",
                "kontakt hergestellt", "needs defined", "bedarf definiert", "qualifiziert");
        put(map, Stage.PROPOSAL, "value proposition", "perception analysis", "proposal/price quote", "proposal",
                "angebot/preisangebot", "angebot", "presentationscheduled", "presentation scheduled",
                "präsentation geplant", "decisionmakerboughtin", "decision maker bought-in",
                "entscheidungsträger überzeugt", "proposal made", "angebot gemacht", "demo scheduled");
        put(map, Stage.NEGOTIATION, "negotiation/review", "negotiation", "verhandlung/überprüfung", "verhandlung",
                "contractsent", "contract sent", "vertrag gesendet", "negotiations started",
                "verhandlungen begonnen");
        put(map, Stage.WON, "closed won", "closedwon", "won", "geschlossen und gewonnen", "abgeschlossen und gewonnen",
                "gewonnen");
        put(map, Stage.LOST, "closed lost", "closedlost", "lost", "geschlossen und verloren",
                "abgeschlossen und verloren", "verloren");
        return Map.copyOf(map);
    }

    private static void put(Map<String, Stage> map, Stage stage, String... names) {
        for (String name : names) {
            map.put(name, stage);
        }
    }
}
