package com.salespact.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.salespact.TestSupport;
import com.salespact.base.RuleViolation;
import com.salespact.base.ui.KaribuTest;
import com.salespact.deals.Stage;
import com.salespact.deals.csv.CsvImportService;
import com.salespact.deals.csv.CsvKind;
import com.salespact.deals.csv.CsvPreview;
import com.salespact.deals.csv.CsvProgress;
import com.salespact.deals.csv.ImportDraft;
import com.salespact.deals.csv.ImportPreview;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import com.salespact.postgres.SecurityContextFollowsSpringContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 7, part 4: generated malformed input fed to the main forms through Karibu (deal, account, target, commission
 * plan, pact wizard targets step) and to the CSV imports (deals, accounts, targets: preview, then commit). For every
 * input: no exception escapes to Vaadin (that would be a server error), no "Something went wrong", a rejection names
 * its reason (a field marked invalid with a message, an error notification, or CSV problems with line numbers), and a
 * rejected input leaves every table exactly as it was (row counts and row versions). Inputs that happen to be valid
 * may be saved (and are deleted afterwards). Runs in its own Spring context; the extension keeps
 * {@code TestSupport.signIn} on this context's security strategy and restores the previous one afterwards.
 */
@TestPropertySource(properties = "salespact.test.context=bad-input-fuzz")
@ExtendWith(SecurityContextFollowsSpringContext.class) // own context: put the global strategy back for later tests
abstract class BadInputFuzz extends KaribuTest {

    static final long SEED = 20261118L;

    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService users;
    @Autowired CsvImportService imports;
    @Autowired com.salespact.pact.PactService pacts;

    /**
     * What accepted inputs write is deleted afterwards (new accounts, the rep's new pact version, checklists the deal
     * form created), and the rep's pact row put back: the in-memory database is shared with the other tests.
     */
    @BeforeEach
    void forgetWhatAcceptedInputsWrite() {
        kept.addedTo("account").addedTo("pact_version").keep("pact", "rep_id = ?", company.personId("rep"))
                .addedTo("deal_milestone");
    }

    /** One place bad input can go: how to open it, where its fields are, and how to submit. */
    private record Target(String name, String user, Runnable open, Supplier<Component> container, String submitId,
                          boolean savesAsYouType) {
        Target(String name, String user, Runnable open, Supplier<Component> container, String submitId) {
            this(name, user, open, container, submitId, false);
        }
    }

    /** What happened to each input; failures are described so they can be replayed by number. */
    static final class Report {
        final Map<String, int[]> outcomes = new LinkedHashMap<>(); // target → {accepted, rejected}
        final List<String> failures = new ArrayList<>();
        long nanos;
        int inputs;

        void count(String target, boolean accepted) {
            outcomes.computeIfAbsent(target, key -> new int[2])[accepted ? 0 : 1]++;
        }

        String text() {
            StringBuilder out = new StringBuilder(String.format(
                    "Bad input fuzz: %d inputs (seed %d) in %.1f s; %d failures%n", inputs, SEED, nanos / 1e9,
                    failures.size()));
            out.append(String.format("%-28s %8s %8s%n", "target", "accepted", "rejected"));
            outcomes.forEach((target, counts) ->
                    out.append(String.format("%-28s %8d %8d%n", target, counts[0], counts[1])));
            failures.stream().limit(60).forEach(failure -> out.append("FAIL ").append(failure).append('\n'));
            return out.toString();
        }
    }

    Report run(int inputs) {
        MalformedInput input = new MalformedInput(SEED);
        List<Target> forms = forms();
        Report report = new Report();
        report.inputs = inputs;
        long started = System.nanoTime();
        for (int i = 0; i < inputs; i++) {
            // Every fourth input goes to a CSV import, the rest round-robin over the forms.
            if (i % 4 == 3) {
                csv(i, input, report);
            } else {
                form(i, forms.get(i % forms.size()), input, report);
            }
        }
        report.nanos = System.nanoTime() - started;
        String text = report.text();
        System.out.print(text);
        try {
            Path file = Files.createDirectories(Path.of("target", "bench")).resolve("bad-input.txt");
            Files.write(file, text.getBytes(StandardCharsets.UTF_8)); // lone surrogates become '?'

        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return report;
    }

    private List<Target> forms() {
        long ownDeal = company.firstDealOf("rep", Stage.PROSPECT);
        long rep = company.personId("rep");
        TestSupport.signIn(users, "manager");
        long draftPact = pacts.openDraft(rep); // the manager's working version of the rep's next pact
        TestSupport.signOut();
        return List.of(
                new Target("deal form", "rep", () -> UI.getCurrent().navigate("deals/" + ownDeal),
                        () -> _get(Component.class, spec -> spec.withId("deal-view")), "save-deal"),
                new Target("account dialog", "rep", () -> {
                    UI.getCurrent().navigate("accounts");
                    _click(_get(Button.class, spec -> spec.withId("new-account")));
                }, () -> _get(com.vaadin.flow.component.dialog.Dialog.class), "save-account"),
                new Target("target form", "manager", () -> UI.getCurrent().navigate("targets",
                        QueryParameters.of("rep", String.valueOf(rep))),
                        () -> _get(Component.class, spec -> spec.withId("targets-view")), "target-save"),
                new Target("commission plan form", "manager", () -> UI.getCurrent().navigate("commission",
                        QueryParameters.simple(Map.of("rep", String.valueOf(rep), "period", "2026-Q4"))),
                        () -> _get(Component.class, spec -> spec.withId("commission-plan-editor")),
                        "commission-plan-save"),
                new Target("pact wizard (targets)", "manager",
                        () -> UI.getCurrent().navigate("pacts/" + draftPact + "/targets"),
                        () -> _get(Component.class, spec -> spec.withId("pact-wizard")), "pact-next", true));
    }

    private void form(int number, Target target, MalformedInput input, Report report) {
        String label = "#" + number + " " + target.name();
        login(target.user());
        Component container;
        try {
            target.open().run();
            container = target.container().get();
        } catch (Throwable broken) {
            report.failures.add(label + ": cannot open the form (earlier input stored something unreadable?) " + broken);
            return;
        }
        NotificationsKt.clearNotifications();
        String before = fingerprint();
        List<String> filled = new ArrayList<>();
        try {
            // Some forms save as you type (the pact wizard): typing is submitting too.
            filled.addAll(fill(container, input));
            _click(_get(Button.class, spec -> spec.withId(target.submitId())));
        } catch (Throwable escaped) {
            report.failures.add(label + ": exception escaped " + escaped + " for " + filled);
            return;
        }
        List<String> errors = new ArrayList<>();
        for (Component field : fields(container)) {
            if (field instanceof HasValidation validated && validated.isInvalid()) {
                String message = validated.getErrorMessage();
                if (message == null || message.isBlank()) {
                    report.failures.add(label + ": field " + field.getClass().getSimpleName() + " '"
                            + field.getElement().getProperty("label") + "' invalid without a message for " + filled);
                }
                errors.add(message);
            }
        }
        for (Notification notification : NotificationsKt.getNotifications()) {
            String text = textOf(notification);
            if (text.contains("Something went wrong")) {
                report.failures.add(label + ": server error notification for " + filled);
            }
            if (notification.getElement().getThemeList().contains("error")) {
                errors.add(text);
            }
        }
        boolean accepted = errors.isEmpty();
        // A pact draft is saved as it is typed (by design), so earlier valid fields of the same input may be stored.
        if (!accepted && !target.savesAsYouType() && !before.equals(fingerprint())) {
            report.failures.add(label + ": rejected (" + errors + ") but the database changed for " + filled);
        }
        report.count(target.name(), accepted);
    }

    /** Puts malformed values into every editable field of the form, as a browser would send them. */
    private List<String> fill(Component container, MalformedInput input) {
        List<String> filled = new ArrayList<>();
        for (Component field : fields(container)) {
            if (field instanceof HasValue<?, ?> hasValue && (hasValue.isReadOnly() || !field.isVisible())) {
                continue;
            }
            Object value = switch (field) {
                case TextField text -> set(text, input.text());
                case TextArea area -> set(area, input.text());
                case BigDecimalField number -> set(number, input.number());
                case IntegerField number -> set(number, input.integer());
                case NumberField number -> set(number, input.decimal());
                case DatePicker date -> set(date, input.date());
                case ComboBox<?> combo when input.chance(0.2) -> { combo.clear(); yield "(cleared)"; }
                case Select<?> select when input.chance(0.2) -> { select.clear(); yield "(cleared)"; }
                default -> null;
            };
            if (value != null) {
                filled.add(field.getClass().getSimpleName() + "=" + abbreviate(String.valueOf(value)));
            }
        }
        return filled;
    }

    private static <V> V set(HasValue<?, V> field, V value) {
        field.setValue(value);
        return value;
    }

    private static List<Component> fields(Component container) {
        return _find(container, Component.class).stream()
                .filter(c -> c instanceof TextField || c instanceof TextArea || c instanceof BigDecimalField
                        || c instanceof IntegerField || c instanceof NumberField || c instanceof DatePicker
                        || c instanceof ComboBox<?> || c instanceof Select<?>)
                .toList();
    }

    // ---- CSV imports -------------------------------------------------------------------------------------------

    private static final String ACCOUNTS_HEADER = "external_id,name,owner_username,class,business_type,industry,city";
    private static final String DEALS_HEADER = "external_id,name,account_external_id,owner_username,amount,"
            + "gross_profit,stage,forecast_category,expected_close_date,next_step,lost_reason";
    private static final String TARGETS_HEADER = "username_or_team,fiscal_year,revenue,min_gross_profit"
            + ",w1,w2,w3,w4,w5,w6,w7,w8,w9,w10,w11,w12";

    private void csv(int number, MalformedInput input, Report report) {
        TestSupport.signIn(users, "manager");
        String account = "FZ-A" + number;
        String existingAccount = jdbc.queryForObject("select min(a.external_id) from account a join person p"
                + " on p.id = a.owner_id where p.username = 'rep' and a.external_id is not null", String.class);
        String[][] files = {
                {"accounts csv", ACCOUNTS_HEADER, account + ",Fuzz account " + number + ",rep,A,NEW,Logistics,Oslo"},
                {"deals csv", DEALS_HEADER, "FZ-D" + number + ",Fuzz deal," + existingAccount + ",rep,1000,200,PROSPECT,PIPELINE,2026-12-15,,"},
                {"targets csv", TARGETS_HEADER, "rep,2027,100000,20000,1,1,1,1,1,1,1,1,1,1,1,1"}};
        String[] file = files[number / 4 % files.length];
        String kind = file[0];
        byte[] bytes;
        String shown;
        if (input.chance(0.25)) {
            bytes = input.brokenFile(file[1] + "\n" + file[2] + "\n");
            shown = "broken file of " + bytes.length + " bytes";
        } else {
            String[] cells = file[2].split(",", -1);
            int column = input.nextInt(cells.length);
            cells[column] = input.csvCell();
            String row = String.join(",", cells);
            shown = "column " + column + " = " + abbreviate(cells[column]);
            bytes = (file[1] + "\n" + row + "\n").getBytes(StandardCharsets.UTF_8);
        }
        String label = "#" + number + " " + kind;
        String before = fingerprint();
        try {
            boolean accepted = switch (kind) {
                case "targets csv" -> targetImport(bytes, label, report);
                default -> dealImport(kind.startsWith("accounts") ? CsvKind.ACCOUNTS : CsvKind.DEALS, bytes, label,
                        report);
            };
            if (!accepted && !before.equals(fingerprint())) {
                report.failures.add(label + ": rejected but the database changed; " + shown);
            }
            report.count(kind, accepted);
        } catch (Throwable escaped) {
            report.failures.add(label + ": exception escaped " + escaped + "; " + shown);
        } finally {
            TestSupport.signOut();
        }
    }

    /** Preview, then commit: a file with problems must be refused with messages and write nothing. */
    private boolean dealImport(CsvKind kind, byte[] bytes, String label, Report report) {
        CsvPreview preview;
        try {
            preview = imports.preview(kind, new ByteArrayInputStream(bytes));
        } catch (RuleViolation unreadable) {
            requireMessage(unreadable.getMessage(), label, report);
            return false;
        }
        if (!preview.canCommit()) {
            if (preview.errors().isEmpty() && preview.rows().isEmpty()) {
                return false; // an empty file: nothing to do, nothing written
            }
            preview.errors().forEach(error -> requireMessage(error.message(), label, report));
            try {
                imports.commit(preview);
                report.failures.add(label + ": a preview with problems was committed");
            } catch (RuleViolation refused) {
                requireMessage(refused.getMessage(), label, report);
            }
            return false;
        }
        imports.commit(preview);
        return true;
    }

    /** Targets go the way the import page sends them: read, mapped as proposed, previewed, committed. */
    private boolean targetImport(byte[] bytes, String label, Report report) {
        ImportPreview preview;
        try {
            ImportDraft draft = imports.analyse(CsvKind.TARGETS, "fuzz.csv", bytes, CsvProgress.none());
            preview = imports.preview(draft, draft.mapping(), CsvProgress.none());
        } catch (RuleViolation unreadable) {
            requireMessage(unreadable.getMessage(), label, report);
            return false;
        }
        if (!preview.hasErrors() && !preview.canCommit()) {
            return false; // valid but changes nothing (e.g. the same targets again): nothing to commit, nothing written
        }
        if (!preview.canCommit()) {
            preview.rows().errors().forEach(error -> requireMessage(error.message(), label, report));
            try {
                imports.commit(preview, CsvProgress.none());
                report.failures.add(label + ": a target preview with problems was committed");
            } catch (RuleViolation refused) {
                requireMessage(refused.getMessage(), label, report);
            }
            return false;
        }
        imports.commit(preview, CsvProgress.none());
        return true;
    }

    private static void requireMessage(String message, String label, Report report) {
        if (message == null || message.isBlank()) {
            report.failures.add(label + ": rejected without a message");
        }
    }

    /** Row counts and summed row versions of every table input can reach: any write changes it. */
    private String fingerprint() {
        StringBuilder out = new StringBuilder();
        for (String table : List.of("deal", "account", "target", "target_revision", "commission_plan", "pact_version",
                "activity", "stage_change", "account_plan")) {
            boolean versioned = !table.equals("target_revision") && !table.equals("stage_change");
            out.append(jdbc.queryForObject("select count(*)" + (versioned ? " || ':' || coalesce(sum(version), 0)" : "")
                    + " from " + table, String.class)).append('/');
        }
        return out.toString();
    }

    private static String textOf(Notification notification) {
        String text = notification.getElement().getProperty("text");
        return text != null && !text.isBlank() ? text : notification.getElement().getTextRecursively();
    }

    private static String abbreviate(String value) {
        String visible = value.replaceAll("[\\p{Cntrl}\\p{Cs}]", "?");
        return visible.length() > 25 ? visible.substring(0, 25) + "…(" + value.length() + " chars)" : visible;
    }
}
