package com.salespact.demo;

import static com.salespact.demo.DemoCatalog.pick;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * 80 accounts: farmers own eight existing customers each, hunters share the rest as new business.
 * About 15 % are class A, 30 % class B; A and B accounts get an account plan.
 */
final class DemoAccountPlanner {

    static final int ACCOUNTS = 80;
    private static final int PER_FARMER = 8;
    private static final DateTimeFormatter REVIEW_DATE = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private final DemoClock time;
    private final Random random;

    DemoAccountPlanner(DemoClock time, Random random) {
        this.time = time;
        this.random = random;
    }

    List<DemoPlan.Account> accounts(List<DemoRep> reps) {
        List<DemoCatalog.Company> companies = new ArrayList<>(DemoCatalog.COMPANIES);
        Collections.shuffle(companies, random);
        List<String> classes = classes();
        List<DemoRep> hunters = reps.stream().filter(DemoRep::hunter).toList();
        int farmers = reps.size() - hunters.size();
        int perHunter = (ACCOUNTS - farmers * PER_FARMER) / hunters.size();
        int extraHunterAccounts = (ACCOUNTS - farmers * PER_FARMER) % hunters.size();

        List<DemoPlan.Account> accounts = new ArrayList<>();
        for (DemoRep rep : reps) {
            int count = rep.hunter() ? perHunter + (hunters.indexOf(rep) < extraHunterAccounts ? 1 : 0) : PER_FARMER;
            for (int i = 0; i < count; i++) {
                int index = accounts.size();
                DemoCatalog.Company company = companies.get(index);
                List<String> cities = DemoCatalog.NORTH.equals(rep.team())
                        ? DemoCatalog.NORTH_CITIES
                        : DemoCatalog.SOUTH_CITIES;
                int ageDays = rep.hunter() ? 550 + random.nextInt(200) : 800 + random.nextInt(2100);
                accounts.add(new DemoPlan.Account("ACC-%04d".formatted(index + 1), company.name(), rep.username(),
                        classes.get(index), rep.businessType(), company.industry(), pick(cities, random),
                        time.at(time.officeHours(time.today().minusDays(ageDays), random))));
            }
        }
        return accounts;
    }

    List<DemoPlan.AccountPlan> accountPlans(List<DemoPlan.Account> accounts) {
        List<DemoPlan.AccountPlan> plans = new ArrayList<>();
        for (DemoPlan.Account account : accounts) {
            if ("C".equals(account.accountClass())) {
                continue;
            }
            String product = pick(DemoCatalog.PRODUCTS, random);
            String upsell = pick(DemoCatalog.PRODUCTS, random);
            int growth = "A".equals(account.accountClass())
                    ? 150 + 10 * random.nextInt(15)
                    : 40 + 5 * random.nextInt(12);
            String objectives = "NEW".equals(account.businessType())
                    ? "Win %s as a reference customer with a %s pilot; grow to %dk annual revenue within 18 months."
                            .formatted(account.name(), product, growth)
                    : "Secure a multi-year renewal; expand from %s into %s; grow to %dk annual revenue."
                            .formatted(product, upsell, growth);
            LocalDate reviewDate = random.nextInt(100) < 15
                    ? time.today().minusDays(3 + random.nextInt(18))
                    : time.today().plusDays(7 + random.nextInt(70));
            String nextSteps = "Business review on %s; %s workshop with the %s."
                    .formatted(REVIEW_DATE.format(reviewDate), upsell, pick(DemoCatalog.CONTACT_TITLES, random));
            plans.add(new DemoPlan.AccountPlan(account.externalId(), objectives, keyContacts(), nextSteps, reviewDate));
        }
        return plans;
    }

    private String keyContacts() {
        List<String> titles = new ArrayList<>(DemoCatalog.CONTACT_TITLES);
        Collections.shuffle(titles, random);
        int count = 2 + random.nextInt(2);
        List<String> contacts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            contacts.add("%s %s (%s)".formatted(pick(DemoCatalog.CONTACT_FIRST_NAMES, random),
                    pick(DemoCatalog.CONTACT_LAST_NAMES, random), titles.get(i)));
        }
        return String.join(", ", contacts);
    }

    /** 12 A, 24 B and 44 C in random order. */
    private List<String> classes() {
        List<String> classes = new ArrayList<>();
        for (int i = 0; i < ACCOUNTS; i++) {
            classes.add(i < ACCOUNTS * 15 / 100 ? "A" : i < ACCOUNTS * 45 / 100 ? "B" : "C");
        }
        Collections.shuffle(classes, random);
        return classes;
    }
}
