package com.salespact.deals.csv;

import com.salespact.base.RuleViolation;
import com.salespact.deals.Account;
import com.salespact.deals.AccountClass;
import com.salespact.deals.BusinessType;
import com.salespact.deals.Deal;
import com.salespact.deals.DealDraft;
import com.salespact.deals.ForecastCategory;
import com.salespact.deals.Stage;
import com.salespact.deals.query.ImportLookupQuery;
import com.salespact.deals.query.ImportLookupQuery.Person;
import com.salespact.deals.query.ImportLookupQuery.StoredAccount;
import com.salespact.deals.query.ImportLookupQuery.StoredDeal;
import com.salespact.people.DataScope;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Decides, for every row of a file, what an import would do (create, update, nothing) or why it cannot. The rules
 * are the domain's own: each deal row is applied to a throw-away {@link Deal} through {@link Deal#apply}, the way
 * the deal editor saves, and each account row is checked with the bean-validation constraints of {@link Account}.
 * Scope is the caller's: a manager only for their team's people, accounts and deals. Reads in bulk through
 * {@link ImportLookupQuery} (a few queries per thousand rows); writes nothing.
 */
final class ImportPlanner {

    /** Column sizes of V1__domain.sql that no entity constraint states. */
    static final int EXTERNAL_ID_MAX = 80;
    static final int DEAL_NAME_MAX = 200;
    static final int NOTE_MAX = 500;
    static final int USERNAME_MAX = 60;
    static final int ACCOUNT_NAME_MAX = 200;
    static final int ACCOUNT_TEXT_MAX = 80;
    private static final int CHUNK = 500;

    record AccountWrite(Long id, long version, String externalId, String name, long ownerId, Long previousOwnerId,
                        AccountClass accountClass, BusinessType businessType, String industry, String city) {
    }

    record DealWrite(Long id, long version, String externalId, String name, long accountId, long ownerId,
                     BigDecimal amount, BigDecimal grossProfit, Stage stage, Stage previousStage,
                     ForecastCategory forecastCategory, LocalDate expectedCloseDate, LocalDate closedOn,
                     String nextStep, String lostReason, Instant stageEnteredAt, LocalDate openedOn) {

        boolean stageChanged() {
            return previousStage != stage;
        }
    }

    /** The outcome: every row with its action or errors, and what a commit writes. */
    record Plan(List<CsvRow> rows, List<AccountWrite> accounts, List<DealWrite> deals, Set<Long> teamIds) {

        boolean hasErrors() {
            return rows.stream().anyMatch(CsvRow::hasErrors);
        }

        List<CsvError> errors() {
            return rows.stream().flatMap(row -> row.errors().stream()).toList();
        }

        int count(CsvRow.Action action) {
            return (int) rows.stream().filter(row -> row.action() == action).count();
        }
    }

    private final ImportLookupQuery lookups;
    private final Validator validator;
    private final Clock clock;

    ImportPlanner(ImportLookupQuery lookups, Validator validator, Clock clock) {
        this.lookups = lookups;
        this.validator = validator;
        this.clock = clock;
    }

    Plan plan(CsvKind kind, char delimiter, Collection<String> header, List<CsvFileReader.RawRow> rows,
              DataScope scope, CsvProgress progress) {
        return plan(kind, delimiter, header, rows, scope, progress, Set.of());
    }

    /**
     * @param pendingAccounts external ids of accounts the same import creates before its deals (decision 025): a deal
     *                        row may name them although they are not stored yet
     */
    Plan plan(CsvKind kind, char delimiter, Collection<String> header, List<CsvFileReader.RawRow> rows,
              DataScope scope, CsvProgress progress, Set<String> pendingAccounts) {
        Set<String> columns = Set.copyOf(header);
        List<RowValues> values = rows.stream()
                .map(row -> new RowValues(row.line(), row.values(), columns, delimiter == ';', row.errors()))
                .toList();
        return kind == CsvKind.ACCOUNTS ? planAccounts(values, scope, progress)
                : planDeals(values, scope, progress, pendingAccounts);
    }

    // --- accounts -------------------------------------------------------------------------------------

    private Plan planAccounts(List<RowValues> rows, DataScope scope, CsvProgress progress) {
        Map<String, Person> people = people(rows);
        Map<String, StoredAccount> stored = lookups.accounts(distinct(rows, "external_id"));
        Instant now = clock.instant();
        Map<String, Long> firstLines = new HashMap<>();
        List<CsvRow> out = new ArrayList<>(rows.size());
        List<AccountWrite> writes = new ArrayList<>();
        Set<Long> teams = new HashSet<>();
        for (RowValues row : rows) {
            String externalId = row.text("external_id", true, EXTERNAL_ID_MAX, false);
            String name = row.text("name", true, ACCOUNT_NAME_MAX, false);
            String ownerName = row.text("owner_username", true, USERNAME_MAX, false);
            AccountClass accountClass = row.choice("class", AccountClass.class, false);
            BusinessType businessType = row.choice("business_type", BusinessType.class, false);
            String industry = row.text("industry", false, ACCOUNT_TEXT_MAX, false);
            String city = row.text("city", false, ACCOUNT_TEXT_MAX, false);
            checkUnique(row, externalId, firstLines);
            Person owner = owner(row, ownerName, people, scope);
            StoredAccount existing = externalId == null ? null : stored.get(externalId);
            if (existing != null && !scope.allows(existing.ownerId(), existing.ownerTeamId())) {
                row.error("external_id", unusableId(externalId));
            }
            AccountWrite write = null;
            if (!row.hasErrors()) {
                if (existing != null) {
                    accountClass = row.has("class") ? accountClass : AccountClass.valueOf(existing.accountClass());
                    businessType = row.has("business_type") ? businessType
                            : BusinessType.valueOf(existing.businessType());
                    industry = row.has("industry") ? industry : existing.industry();
                    city = row.has("city") ? city : existing.city();
                }
                write = checkAccount(row, existing, externalId, name, owner, accountClass, businessType, industry,
                        city, now);
            }
            CsvRow.Action action = row.hasErrors() ? CsvRow.Action.ERROR
                    : existing == null ? CsvRow.Action.CREATE
                    : sameAccount(existing, write) ? CsvRow.Action.UNCHANGED : CsvRow.Action.UPDATE;
            if (action == CsvRow.Action.CREATE || action == CsvRow.Action.UPDATE) {
                writes.add(write);
                teams.add(owner.teamId());
                if (existing != null) {
                    teams.add(existing.ownerTeamId());
                }
            }
            out.add(new CsvRow(row.line(), row.values(), action, row.errors()));
            tick(progress, out.size(), rows.size());
        }
        teams.remove(null);
        return new Plan(out, writes, List.of(), teams);
    }

    /** Runs the account's own constraints (name required and ≤ 200, industry and city ≤ 80) on a throw-away one. */
    private AccountWrite checkAccount(RowValues row, StoredAccount existing, String externalId, String name,
                                      Person owner, AccountClass accountClass, BusinessType businessType,
                                      String industry, String city, Instant now) {
        Account probe = new Account(null, owner.id(), now);
        probe.setName(name);
        probe.setAccountClass(accountClass == null ? AccountClass.C : accountClass);
        probe.setBusinessType(businessType == null ? BusinessType.NEW : businessType);
        probe.setIndustry(industry);
        probe.setCity(city);
        List<ConstraintViolation<Account>> violations = validator.validate(probe).stream()
                .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString())).toList();
        for (ConstraintViolation<Account> violation : violations) {
            String column = switch (violation.getPropertyPath().toString()) {
                case "accountClass" -> "class";
                case "businessType" -> "business_type";
                default -> violation.getPropertyPath().toString();
            };
            row.error(column, CsvTexts.text("csv.problem.rule-value", column, RowValues.show(row.raw(column)),
                    violation.getMessage()));
        }
        if (!violations.isEmpty()) {
            return null;
        }
        return new AccountWrite(existing == null ? null : existing.id(), existing == null ? 0 : existing.version(),
                externalId, probe.getName(), owner.id(), existing == null ? null : existing.ownerId(),
                probe.getAccountClass(), probe.getBusinessType(), probe.getIndustry(), probe.getCity());
    }

    private static boolean sameAccount(StoredAccount stored, AccountWrite write) {
        return stored.name().equals(write.name()) && stored.ownerId() == write.ownerId()
                && stored.accountClass().equals(write.accountClass().name())
                && stored.businessType().equals(write.businessType().name())
                && Objects.equals(stored.industry(), write.industry()) && Objects.equals(stored.city(), write.city());
    }

    // --- deals ----------------------------------------------------------------------------------------

    private Plan planDeals(List<RowValues> rows, DataScope scope, CsvProgress progress, Set<String> pending) {
        Map<String, Person> people = people(rows);
        Map<String, StoredAccount> accounts = lookups.accounts(distinct(rows, "account_external_id"));
        Map<String, StoredDeal> stored = lookups.deals(distinct(rows, "external_id"));
        Instant now = clock.instant();
        Map<String, Long> firstLines = new HashMap<>();
        List<CsvRow> out = new ArrayList<>(rows.size());
        List<DealWrite> writes = new ArrayList<>();
        Set<Long> teams = new HashSet<>();
        for (RowValues row : rows) {
            String externalId = row.text("external_id", true, EXTERNAL_ID_MAX, false);
            String name = row.text("name", true, DEAL_NAME_MAX, false);
            String accountId = row.text("account_external_id", true, EXTERNAL_ID_MAX, false);
            String ownerName = row.text("owner_username", true, USERNAME_MAX, false);
            BigDecimal amount = row.money("amount");
            // A CRM export has no gross profit: a mapped file may leave it out (stored value kept, else 0).
            BigDecimal grossProfit = row.has("gross_profit") ? row.money("gross_profit") : null;
            Stage stage = row.choice("stage", Stage.class, true);
            ForecastCategory forecast = row.choice("forecast_category", ForecastCategory.class, false);
            LocalDate close = row.date("expected_close_date");
            String nextStep = row.text("next_step", false, NOTE_MAX, true);
            String lostReason = row.text("lost_reason", false, NOTE_MAX, true);
            LocalDate createdDate = row.date("created_date", false);
            LocalDate closedDate = row.date("closed_date", false);
            checkUnique(row, externalId, firstLines);
            Person owner = owner(row, ownerName, people, scope);
            StoredAccount account = accountId == null ? null : accounts.get(accountId);
            if (account == null && accountId != null && pending.contains(accountId)) {
                account = new StoredAccount(-1, 0, accountId, "", -1, null, "C", "NEW", null, null);
            } else if (accountId != null
                    && (account == null || !scope.allows(account.ownerId(), account.ownerTeamId()))) {
                // One wording for "no such account" and "another team's": the import tells nothing about others.
                row.error("account_external_id", CsvTexts.text("csv.problem.no-account", RowValues.show(accountId)));
            }
            StoredDeal existing = externalId == null ? null : stored.get(externalId);
            if (existing != null && !scope.allows(existing.ownerId(), existing.ownerTeamId())) {
                row.error("external_id", unusableId(externalId));
            }
            if (!row.has("gross_profit")) {
                grossProfit = existing != null ? existing.grossProfit() : BigDecimal.ZERO.setScale(2);
            }
            DealWrite write = null;
            boolean asStored = false;
            if (!row.hasErrors()) {
                if (existing != null) {
                    forecast = row.has("forecast_category") ? forecast : existing.forecastCategory();
                    nextStep = row.has("next_step") ? nextStep : existing.nextStep();
                    lostReason = row.has("lost_reason") ? lostReason : existing.lostReason();
                }
                // Null for a new deal the file gives no created date: checkDeal decides it.
                LocalDate openedOn = createdDate != null ? createdDate : existing != null ? existing.openedOn() : null;
                // A row that repeats the stored deal changes nothing, so it is not held to rules that move with
                // time (an open deal's close date more than a year ago): the app's own export imports cleanly.
                asStored = existing != null && sameAsStored(existing, name, account.id(), owner.id(), amount,
                        grossProfit, stage, forecast, close, nextStep, lostReason, openedOn, closedDate);
                if (!asStored) {
                    write = checkDeal(row, existing, externalId, name, account.id(), owner.id(), amount,
                            grossProfit, stage, forecast, close, nextStep, lostReason, openedOn, closedDate, now);
                }
            }
            CsvRow.Action action = row.hasErrors() ? CsvRow.Action.ERROR
                    : existing == null ? CsvRow.Action.CREATE
                    : asStored || sameDeal(existing, write) ? CsvRow.Action.UNCHANGED : CsvRow.Action.UPDATE;
            if (action == CsvRow.Action.CREATE || action == CsvRow.Action.UPDATE) {
                writes.add(write);
                teams.add(owner.teamId());
                if (existing != null) {
                    teams.add(existing.ownerTeamId());
                }
            }
            out.add(new CsvRow(row.line(), row.values(), action, row.errors()));
            tick(progress, out.size(), rows.size());
        }
        teams.remove(null);
        return new Plan(out, List.of(), writes, teams);
    }

    /**
     * Applies the row to a throw-away deal exactly as the deal editor's save does ({@link Deal#apply}): name,
     * account, close date within the allowed window, GP ≤ amount ≥ 0, a reason for a lost deal, COMMIT for a won
     * one.
     */
    private DealWrite checkDeal(RowValues row, StoredDeal existing, String externalId, String name, long accountId,
                                long ownerId, BigDecimal amount, BigDecimal grossProfit, Stage stage,
                                ForecastCategory forecast, LocalDate close, String nextStep, String lostReason,
                                LocalDate openedOn, LocalDate closedDate, Instant now) {
        // A new deal every time, also for an update: the row says what the deal should be, so the same row gives
        // the same deal whether it exists or not (a won deal is COMMIT, as moving it to WON makes it).
        Deal probe = new Deal(name, accountId, ownerId, close, null, now, clock.getZone());
        // apply() stops at the first broken rule; the money rule is asked on its own too, so that a file with a
        // wrong date and a GP above the amount on one row shows both.
        Set<String> reported = new HashSet<>();
        try {
            probe.setMoney(amount, grossProfit);
        } catch (RuleViolation violation) {
            reported.add(violation.field());
            row.error(column(violation.field()), ruleProblem(row, violation));
        }
        DealDraft draft = new DealDraft();
        draft.setName(name);
        draft.setAccountId(accountId);
        draft.setAmount(amount);
        draft.setGrossProfit(grossProfit);
        draft.setStage(stage);
        draft.setForecastCategory(forecast);
        draft.setExpectedCloseDate(close);
        draft.setNextStep(nextStep);
        draft.setLostReason(lostReason);
        try {
            probe.apply(draft, null, now, clock.getZone());
        } catch (RuleViolation violation) {
            if (reported.add(violation.field())) {
                row.error(column(violation.field()), ruleProblem(row, violation));
            }
        }
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        try {
            Deal.checkBusinessDates(openedOn, closedDate, probe.getStage(), today);
        } catch (RuleViolation violation) {
            if (reported.add(violation.field())) {
                row.error(column(violation.field()), ruleProblem(row, violation));
            }
        }
        if (row.hasErrors()) {
            return null;
        }
        Stage previous = existing == null ? null : existing.stage();
        boolean moved = previous != probe.getStage();
        LocalDate closedOn = closedDate != null ? closedDate : !moved ? existing.closedOn()
                : probe.getClosedOn() == null ? null : derivedCloseDay(probe.getExpectedCloseDate(), openedOn, today);
        // A new deal without a created date opened today, or, if it is closed already, on the day it closed: a
        // closed deal from the past is history, never a new opportunity of this week.
        LocalDate opened = openedOn != null ? openedOn : closedOn != null ? closedOn : today;
        // A created deal entered its stage on its business day (closed or opened), so the week-ago pipeline and the
        // days in stage read history as history; a stage moved by a later import moved now, unless the file dates it.
        Instant entered = !moved ? existing.stageEnteredAt()
                : existing == null ? businessMoment(closedOn != null ? closedOn : opened, today, now)
                : closedDate != null ? businessMoment(closedDate, today, now) : now;
        return new DealWrite(existing == null ? null : existing.id(), existing == null ? 0 : existing.version(),
                externalId, probe.getName(), accountId, ownerId, probe.getAmount(), probe.getGrossProfit(),
                probe.getStage(), previous, probe.getForecastCategory(), probe.getExpectedCloseDate(), closedOn,
                probe.getNextStep(), probe.getLostReason(), entered, opened);
    }

    /**
     * A closed deal whose file gives no closed date closed on its expected close date: never in the future, never
     * before it was opened (when the file says when that was).
     */
    private static LocalDate derivedCloseDay(LocalDate expectedClose, LocalDate openedOn, LocalDate today) {
        LocalDate day = expectedClose.isAfter(today) ? today : expectedClose;
        return openedOn != null && day.isBefore(openedOn) ? openedOn : day;
    }

    /** The start of a business day in the company's zone; today is now. */
    private Instant businessMoment(LocalDate day, LocalDate today, Instant now) {
        return day.equals(today) ? now : day.atStartOfDay(clock.getZone()).toInstant();
    }

    private static boolean sameAsStored(StoredDeal stored, String name, long accountId, long ownerId,
                                        BigDecimal amount, BigDecimal grossProfit, Stage stage,
                                        ForecastCategory forecast, LocalDate close, String nextStep,
                                        String lostReason, LocalDate openedOn, LocalDate closedDate) {
        return stored.name().equals(name) && stored.accountId() == accountId && stored.ownerId() == ownerId
                && stored.amount().compareTo(amount) == 0 && stored.grossProfit().compareTo(grossProfit) == 0
                && stored.stage() == stage && stored.forecastCategory() == forecast
                && stored.expectedCloseDate().equals(close) && Objects.equals(stored.nextStep(), nextStep)
                && Objects.equals(stored.lostReason(), lostReason) && stored.openedOn().equals(openedOn)
                && (closedDate == null || closedDate.equals(stored.closedOn()));
    }

    private static boolean sameDeal(StoredDeal stored, DealWrite write) {
        return stored.name().equals(write.name()) && stored.accountId() == write.accountId()
                && stored.ownerId() == write.ownerId() && stored.amount().compareTo(write.amount()) == 0
                && stored.grossProfit().compareTo(write.grossProfit()) == 0 && stored.stage() == write.stage()
                && stored.forecastCategory() == write.forecastCategory()
                && stored.expectedCloseDate().equals(write.expectedCloseDate())
                && Objects.equals(stored.nextStep(), write.nextStep())
                && Objects.equals(stored.lostReason(), write.lostReason())
                && stored.openedOn().equals(write.openedOn()) && Objects.equals(stored.closedOn(), write.closedOn());
    }

    private static String column(String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "accountId" -> "account_external_id";
            case "expectedCloseDate" -> "expected_close_date";
            case "grossProfit" -> "gross_profit";
            case "lostReason" -> "lost_reason";
            case "nextStep" -> "next_step";
            case "forecastCategory" -> "forecast_category";
            case "openedOn" -> "created_date";
            case "closedOn" -> "closed_date";
            default -> field;
        };
    }

    /** e.g. "gross_profit 900.00 is more than amount 500.00: Gross profit cannot be more than the amount". */
    private static String ruleProblem(RowValues row, RuleViolation violation) {
        String column = column(violation.field());
        if (column == null) {
            return violation.getMessage();
        }
        if ("gross_profit".equals(column) && !row.raw("gross_profit").isEmpty()) {
            return CsvTexts.text("csv.problem.gp-above-amount", row.raw("gross_profit"), row.raw("amount"),
                    violation.getMessage());
        }
        String value = row.raw(column);
        return value.isEmpty() ? CsvTexts.text("csv.problem.rule", column, violation.getMessage())
                : CsvTexts.text("csv.problem.rule-value", column, RowValues.show(value), violation.getMessage());
    }

    // --- shared ---------------------------------------------------------------------------------------

    private static void checkUnique(RowValues row, String externalId, Map<String, Long> firstLines) {
        if (externalId == null) {
            return;
        }
        Long first = firstLines.putIfAbsent(externalId, row.line());
        if (first != null) {
            row.error("external_id", CsvTexts.text("csv.problem.duplicate-id", RowValues.show(externalId),
                    String.valueOf(first)));
        }
    }

    private static Person owner(RowValues row, String username, Map<String, Person> people, DataScope scope) {
        if (username == null) {
            return null;
        }
        Person owner = people.get(username.toLowerCase(Locale.ROOT));
        if (owner == null || !scope.allows(owner.id(), owner.teamId())) {
            // One wording for "nobody" and "somebody in another team": the import tells nothing about other teams.
            row.error("owner_username", CsvTexts.text("csv.problem.unknown-owner", RowValues.show(username)));
            return null;
        }
        return owner;
    }

    /**
     * An external id that is taken by a row the caller may not see reads like any id that cannot be used: the
     * unique constraint still refuses it, but the message does not say that it exists elsewhere.
     */
    static String unusableId(String externalId) {
        return CsvTexts.text("csv.problem.unusable-id", RowValues.show(externalId));
    }

    private Map<String, Person> people(List<RowValues> rows) {
        Set<String> usernames = new LinkedHashSet<>();
        rows.forEach(row -> {
            if (!row.raw("owner_username").isEmpty()) {
                usernames.add(row.raw("owner_username").toLowerCase(Locale.ROOT));
            }
        });
        return lookups.people(usernames);
    }

    private static Set<String> distinct(List<RowValues> rows, String column) {
        Set<String> keys = new LinkedHashSet<>();
        rows.forEach(row -> {
            if (!row.raw(column).isEmpty()) {
                keys.add(row.raw(column));
            }
        });
        return keys;
    }

    private static void tick(CsvProgress progress, int done, int total) {
        if (done % CHUNK == 0 || done == total) {
            progress.report(CsvProgress.Phase.CHECKING, done, total);
        }
    }
}
