package com.salespact.demo;

/** What one demo seed wrote. */
public record DemoSeedReport(int teams, int people, int targets, int accounts, int accountPlans, int deals,
        long wonDeals, long lostDeals, int stageChanges, int activities, int commissionPlans) {

    static DemoSeedReport of(DemoPlan plan, int stageChanges) {
        return new DemoSeedReport(plan.teams().size(), plan.people().size(), plan.targets().size(),
                plan.accounts().size(), plan.accountPlans().size(), plan.deals().size(),
                plan.deals().stream().filter(d -> "WON".equals(d.stage())).count(),
                plan.deals().stream().filter(d -> "LOST".equals(d.stage())).count(),
                stageChanges, plan.activities().size(), plan.commissionPlans().size());
    }

    /** The same report after the activity history was shaped (see {@link DemoLadders}). */
    DemoSeedReport withActivities(int count) {
        return new DemoSeedReport(teams, people, targets, accounts, accountPlans, deals, wonDeals, lostDeals,
                stageChanges, count, commissionPlans);
    }

    long openDeals() {
        return deals - wonDeals - lostDeals;
    }

    @Override
    public String toString() {
        return ("%d teams, %d people, %d targets, %d accounts (%d plans), %d deals (%d won, %d lost, %d open), "
                + "%d stage changes, %d activities, %d commission plans").formatted(teams, people, targets,
                        accounts, accountPlans, deals, wonDeals, lostDeals, openDeals(), stageChanges, activities,
                        commissionPlans);
    }
}
