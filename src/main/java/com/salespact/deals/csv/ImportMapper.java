package com.salespact.deals.csv;

import com.salespact.deals.Stage;
import com.salespact.deals.query.ImportLookupQuery;
import com.salespact.deals.query.ImportLookupQuery.NamedPerson;
import com.salespact.deals.query.ImportLookupQuery.StoredAccount;
import com.salespact.people.DataScope;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mapping step's work that needs stored data (decision 025): proposing a mapping (a saved one for the same header,
 * else the known layouts, with stage names and owners matched), resolving a deal file's accounts by id or name, and
 * saving a mapping that was used.
 */
final class ImportMapper {

    /** A deal file's accounts: the external id of every row's account, and those that do not exist yet. */
    record Accounts(Map<Long, String> idByLine, Map<String, CsvFileReader.RawRow> missing) {
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final int EXTERNAL_ID_MAX = ImportPlanner.EXTERNAL_ID_MAX;

    private final ImportLookupQuery lookups;
    private final SavedImportMappingRepository saved;

    ImportMapper(ImportLookupQuery lookups, SavedImportMappingRepository saved) {
        this.lookups = lookups;
        this.saved = saved;
    }

    ImportDraft draft(CsvKind preferred, String fileName, ImportTable table, DataScope scope) {
        List<NamedPerson> people = lookups.everyone().stream()
                .filter(person -> scope.allows(person.id(), person.teamId())).toList();
        List<ImportDraft.Choice> choices = people.stream()
                .map(person -> new ImportDraft.Choice(person.username(), person.fullName())).toList();
        boolean template = ImportLayout.isTemplate(table.header(), preferred);
        Optional<SavedImportMapping> stored = template ? Optional.empty()
                : saved.findBySignatureHash(hash(table.signature()));
        ImportMapping mapping = stored.flatMap(found -> read(found.getMapping()))
                .filter(found -> found.fields().size() == table.header().size())
                .orElseGet(() -> {
                    ImportLayout.Proposal proposal = ImportLayout.propose(table.header(), preferred);
                    return new ImportMapping(proposal.kind(), proposal.layout(), proposal.fields(), Map.of(),
                            Map.of(), null, false, Map.of());
                });
        String savedName = stored.isPresent() && mapping.fields().size() == table.header().size()
                ? stored.get().getName() : null;
        ImportDraft draft = new ImportDraft(fileName, table, mapping, savedName, template, choices);
        return new ImportDraft(fileName, table, completeValues(draft, mapping, people), savedName, template,
                choices);
    }

    /**
     * Adds what the known names decide for values the mapping does not cover yet: stage names of the CRMs, owners
     * by e-mail, full name or username. A value nobody matches stays open for the user.
     */
    private static ImportMapping completeValues(ImportDraft draft, ImportMapping mapping, List<NamedPerson> people) {
        ImportMapping complete = mapping;
        for (String value : draft.distinct(mapping, ImportField.STAGE)) {
            Stage stage = ImportLayout.stage(value);
            if (complete.stage(value) == null && stage != null) {
                complete = complete.withStage(value, stage);
            }
        }
        for (String value : draft.distinct(mapping, ImportField.ACTIVITY_KIND)) {
            String kind = ImportLayout.activityKind(value);
            if (complete.activityType(value) == null && kind != null) {
                complete = complete.withActivityType(value, kind);
            }
        }
        Map<String, String> byName = new HashMap<>();
        for (NamedPerson person : people) {
            byName.put(person.username().toLowerCase(Locale.ROOT), person.username());
            byName.put(person.fullName().strip().toLowerCase(Locale.ROOT), person.username());
            if (person.email() != null) {
                byName.put(person.email().strip().toLowerCase(Locale.ROOT), person.username());
            }
        }
        for (String value : draft.distinct(mapping, ImportField.OWNER)) {
            String username = byName.get(value.strip().toLowerCase(Locale.ROOT));
            if (complete.owner(value) == null && username != null) {
                complete = complete.withOwner(value, username);
            }
        }
        return complete;
    }

    /**
     * Every deal row's account: by the file's account id when that account is stored, else by name among the
     * caller's accounts, else a new one — with the file's id, or a made-up one from the name ("SF-A-MULLER-GMBH"),
     * the same on every import, so a re-import finds it.
     */
    Accounts accounts(ImportMapping mapping, List<CsvFileReader.RawRow> rows, DataScope scope) {
        Map<String, StoredAccount> byId = lookups.accounts(rows.stream()
                .map(row -> row.values().getOrDefault("account_external_id", "")).filter(id -> !id.isEmpty())
                .distinct().toList());
        Map<String, StoredAccount> byName = lookups.accountsByName(rows.stream()
                .map(row -> row.values().getOrDefault("account_name", "").toLowerCase(Locale.ROOT))
                .filter(name -> !name.isEmpty()).distinct().toList());
        Map<Long, String> idByLine = new HashMap<>();
        Map<String, CsvFileReader.RawRow> missing = new LinkedHashMap<>();
        for (CsvFileReader.RawRow row : rows) {
            String id = row.values().getOrDefault("account_external_id", "");
            String name = row.values().getOrDefault("account_name", "");
            StoredAccount stored = id.isEmpty() ? null : byId.get(id);
            if (stored == null && !name.isEmpty()) {
                StoredAccount named = byName.get(name.toLowerCase(Locale.ROOT));
                if (named != null && scope.allows(named.ownerId(), named.ownerTeamId())) {
                    stored = named;
                }
            }
            if (stored != null) {
                idByLine.put(row.line(), stored.externalId());
                continue;
            }
            if (id.isEmpty() && name.isEmpty()) {
                continue; // the template's check reports the missing account
            }
            String newId = !id.isEmpty() ? id : madeUpId(mapping.layout(), name);
            idByLine.put(row.line(), newId);
            if (!name.isEmpty() && !missing.containsKey(newId)) {
                Map<String, String> account = new LinkedHashMap<>();
                account.put("external_id", newId);
                account.put("name", name);
                account.put("owner_username", row.values().getOrDefault("owner_username", ""));
                missing.put(newId, new CsvFileReader.RawRow(row.line(), account, List.of()));
            }
        }
        return new Accounts(idByLine, missing);
    }

    /** "Müller GmbH" → "SF-A-MULLER-GMBH"; a long name is cut and made unique by a short hash. */
    static String madeUpId(ImportLayout layout, String name) {
        String ascii = Normalizer.normalize(name.replace("ß", "ss"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-")
                .replaceAll("^-|-$", "");
        String id = layout.prefix() + "A-" + ascii;
        if (id.length() > EXTERNAL_ID_MAX) {
            id = id.substring(0, EXTERNAL_ID_MAX - 9) + "-" + hash(name).substring(0, 8).toUpperCase(Locale.ROOT);
        }
        return id;
    }

    void save(ImportDraft draft, ImportMapping mapping, java.time.Instant at, Long by) {
        String signature = draft.table().signature();
        SavedImportMapping row = saved.findBySignatureHash(hash(signature))
                .orElseGet(() -> new SavedImportMapping(signature, hash(signature)));
        // The date order and "create accounts" are this file's answers, not the layout's: asked again next time.
        ImportMapping kept = mapping.withDateOrder(null).withCreateAccounts(false);
        String name = draft.fileName() == null || draft.fileName().isBlank() ? mapping.layout().name()
                : draft.fileName().strip();
        row.update(name.length() > 200 ? name.substring(0, 200) : name, JSON.writeValueAsString(kept), at, by);
        saved.save(row);
    }

    private static Optional<ImportMapping> read(String json) {
        try {
            return Optional.of(JSON.readValue(json, ImportMapping.class));
        } catch (JacksonException unreadable) {
            return Optional.empty(); // an older shape: propose afresh
        }
    }

    static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
