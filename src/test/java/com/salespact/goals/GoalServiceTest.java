package com.salespact.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.SeededCompany;
import com.salespact.TestSupport;
import com.salespact.base.ConcurrentEditException;
import com.salespact.base.RuleViolation;
import com.salespact.people.NotificationLine;
import com.salespact.people.NotificationService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Targets through the service, on the seeded company: scoping, revisions, notifications. Writes go to a fiscal year
 * nobody else uses ({@link #YEAR}) and are removed afterwards, so other tests see the seeded data only.
 */
@SpringBootTest
@ActiveProfiles("test")
class GoalServiceTest {

    static final int YEAR = 2031;

    @Autowired UserDetailsService users;
    @Autowired GoalService goals;
    @Autowired TargetCsvExport csv;
    @Autowired NotificationService notifications;
    @Autowired JdbcTemplate jdbc;
    @Autowired SeededCompany company;

    @BeforeEach
    @AfterEach
    void cleanUp() {
        TestSupport.signOut();
        removeYear(jdbc, YEAR);
    }

    static void removeYear(JdbcTemplate jdbc, int year) {
        jdbc.update("delete from app_notification where link = ?", TargetLinks.year(year));
        jdbc.update("delete from target where fiscal_year = ?", year); // weights and revisions cascade
    }

    private static List<BigDecimal> flat() {
        return Collections.nCopies(12, BigDecimal.ONE);
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    private TargetLine line(String username, int year) {
        return goals.year(year).reps().stream().filter(rep -> rep.username().equals(username)).findFirst()
                .orElseThrow();
    }

    @Test
    void theRightsThePageReadsAreTheOnesTheServicesEnforce() {
        TestSupport.signIn(users, "rep");
        assertThat(goals.rights()).isEqualTo(new TargetRights(false, false, false));
        long repId = company.personId("rep");
        assertThatThrownBy(() -> goals.save(TargetOwner.person(repId), YEAR, new BigDecimal("1"), BigDecimal.ZERO,
                flat(), "Mine", null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> csv.export(YEAR)).isInstanceOf(AccessDeniedException.class);
        for (String manages : List.of("manager", "admin")) {
            TestSupport.signIn(users, manages);
            assertThat(goals.rights()).as(manages).isEqualTo(new TargetRights(true, true, true));
            assertThat(csv.export(YEAR)).as(manages).isNotEmpty();
        }
    }

    @Test
    void aManagerSeesTheirTeamAndItsReps() {
        TestSupport.signIn(users, "manager");
        YearTargets year = goals.year(2026);

        assertThat(year.teams()).extracting(TeamTargetLine::name).containsExactly("North");
        assertThat(year.reps()).hasSize(6).allSatisfy(rep -> {
            assertThat(rep.teamId()).isEqualTo(company.teamOf("manager"));
            assertThat(rep.hasTarget()).isTrue();
            assertThat(rep.seasonality().total()).isEqualByComparingTo("12");
        });
        assertThat(year.reps()).extracting(TargetLine::username).doesNotContain(company.repOfAnotherTeam("manager"));
        TeamTargetLine north = year.teams().getFirst();
        BigDecimal sum = year.reps().stream().map(TargetLine::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(north.explicit()).isFalse();
        assertThat(north.repsRevenue()).isEqualByComparingTo(sum);
        assertThat(north.revenue()).isEqualByComparingTo(sum);
        assertThat(north.monthlyRevenue().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(sum);
    }

    @Test
    void anAdminSeesEveryTeamAndARepOnlyTheirOwnLine() {
        TestSupport.signIn(users, "admin");
        YearTargets all = goals.year(2026);
        assertThat(all.teams()).extracting(TeamTargetLine::name).containsExactly("North", "South");
        assertThat(all.reps()).hasSize(12);

        TestSupport.signIn(users, "rep");
        YearTargets own = goals.year(2026);
        assertThat(own.teams()).isEmpty();
        assertThat(own.reps()).extracting(TargetLine::username).containsExactly("rep");
        List<TargetRevisionLine> history = goals.history(own.reps().getFirst().targetId());
        assertThat(history).extracting(TargetRevisionLine::reason).containsExactly("Initial target");
        assertThat(history.getFirst().changedBy()).isEqualTo("Maria Novak");
    }

    @Test
    void aManagerCannotChangeOrReadAnotherTeamsTargets() {
        String stranger = company.repOfAnotherTeam("manager");
        long strangerId = company.personId(stranger);
        TestSupport.signIn(users, "admin");
        long strangersTarget = line(stranger, 2026).targetId();
        long otherTeam = company.teamOf(stranger);

        TestSupport.signIn(users, "manager");
        assertThatThrownBy(() -> goals.save(TargetOwner.person(strangerId), YEAR, new BigDecimal("1000"),
                BigDecimal.ZERO, flat(), "Not mine", null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> goals.setTeamTarget(otherTeam, YEAR, new BigDecimal("1000"), BigDecimal.ZERO,
                flat(), "Not mine", null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> goals.history(strangersTarget)).isInstanceOf(AccessDeniedException.class);
        assertThat(count("select count(*) from target where fiscal_year = ?", YEAR)).isZero();
    }

    @Test
    void aRepCannotChangeEvenTheirOwnTargetNorReadATeammates() {
        TestSupport.signIn(users, "admin");
        long teammatesTarget = line(company.teammateOf("rep"), 2026).targetId();
        long repId = company.personId("rep");

        TestSupport.signIn(users, "rep");
        assertThatThrownBy(() -> goals.save(TargetOwner.person(repId), YEAR, new BigDecimal("1"), BigDecimal.ZERO,
                flat(), "Give me less", null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> goals.history(teammatesTarget)).isInstanceOf(AccessDeniedException.class);
        assertThat(count("select count(*) from target where fiscal_year = ?", YEAR)).isZero();
    }

    @Test
    void everyChangeIsARevisionAndOnlyTheRepIsNotified() {
        long repId = company.personId("rep");
        TestSupport.signIn(users, "manager");
        TargetSaved created = goals.save(TargetOwner.person(repId), YEAR, new BigDecimal("900000"),
                new BigDecimal("270000"), flat(), "Initial", null);
        assertThat(created.changed()).isTrue();
        List<BigDecimal> q4 = new ArrayList<>(flat());
        q4.set(11, new BigDecimal("1.5"));
        TargetSaved changed = goals.save(TargetOwner.person(repId), YEAR, new BigDecimal("950000"),
                new BigDecimal("280000"), q4, "Q4 push", created.version());
        assertThat(changed.targetId()).isEqualTo(created.targetId());
        assertThat(changed.version()).isGreaterThan(created.version());

        List<TargetRevisionLine> history = goals.history(created.targetId());
        assertThat(history).extracting(TargetRevisionLine::reason).containsExactly("Q4 push", "Initial");
        TargetRevisionLine latest = history.getFirst();
        assertThat(latest.changedBy()).isEqualTo("Maria Novak");
        assertThat(latest.oldRevenue()).isEqualByComparingTo("900000");
        assertThat(latest.newRevenue()).isEqualByComparingTo("950000");
        assertThat(latest.oldMinGrossProfit()).isEqualByComparingTo("270000");
        assertThat(latest.newMinGrossProfit()).isEqualByComparingTo("280000");
        assertThat(latest.weights().weight(12)).isEqualByComparingTo("1.5");
        TargetLine line = line("rep", YEAR);
        assertThat(line.revenue()).isEqualByComparingTo("950000");
        assertThat(line.seasonality().weight(12)).isEqualByComparingTo("1.5");

        // Only the rep hears of it: no notification for anybody else.
        assertThat(jdbc.queryForList("select distinct person_id from app_notification where link = ?", Long.class,
                TargetLinks.year(YEAR))).containsExactly(repId);
        assertThat(notifications.unread()).extracting(NotificationLine::link).doesNotContain(TargetLinks.year(YEAR));

        TestSupport.signIn(users, "rep");
        assertThat(notifications.unread()).extracting(NotificationLine::message)
                .contains("Your FY2031 target changed: 900,000 → 950,000 (Q4 push)",
                        "Your FY2031 target is set: 900,000 (Initial)");
        assertThat(goals.history(created.targetId())).hasSize(2);
        assertThat(goals.year(YEAR).reps().getFirst().revenue()).isEqualByComparingTo("950000");
    }

    @Test
    void badInputIsRefusedAtItsFieldAndNothingIsSaved() {
        long repId = company.personId("rep");
        TestSupport.signIn(users, "manager");
        TargetOwner rep = TargetOwner.person(repId);

        assertThat(field(() -> goals.save(rep, YEAR, new BigDecimal("100"), new BigDecimal("200"), flat(), "x", null)))
                .isEqualTo("minGrossProfit");
        assertThat(field(() -> goals.save(rep, YEAR, new BigDecimal("-1"), BigDecimal.ZERO, flat(), "x", null)))
                .isEqualTo("revenue");
        assertThat(field(() -> goals.save(rep, YEAR, new BigDecimal("100"), BigDecimal.ZERO, flat(), " ", null)))
                .isEqualTo("reason");
        assertThat(field(() -> goals.save(rep, YEAR, new BigDecimal("100"), BigDecimal.ZERO,
                Collections.nCopies(12, BigDecimal.ZERO), "x", null))).isEqualTo("weights");
        List<BigDecimal> negative = new ArrayList<>(flat());
        negative.set(4, new BigDecimal("-2"));
        assertThat(field(() -> goals.save(rep, YEAR, new BigDecimal("100"), BigDecimal.ZERO, negative, "x", null)))
                .isEqualTo("weight5");
        assertThat(field(() -> goals.save(rep, 1999, new BigDecimal("100"), BigDecimal.ZERO, flat(), "x", null)))
                .isEqualTo("fiscalYear");
        assertThat(field(() -> goals.save(TargetOwner.person(company.personId("manager")), YEAR, new BigDecimal("100"),
                BigDecimal.ZERO, flat(), "x", null))).isEqualTo("owner");

        assertThat(count("select count(*) from target where fiscal_year = ?", YEAR)).isZero();
        assertThat(count("select count(*) from app_notification where link = ?", TargetLinks.year(YEAR))).isZero();
    }

    @Test
    void aStaleVersionIsRefusedAndTheSameValuesChangeNothing() {
        long repId = company.personId("rep");
        TestSupport.signIn(users, "manager");
        TargetSaved created = goals.save(TargetOwner.person(repId), YEAR, new BigDecimal("500000"),
                new BigDecimal("150000"), flat(), "Initial", null);

        assertThatThrownBy(() -> goals.save(TargetOwner.person(repId), YEAR, new BigDecimal("600000"),
                new BigDecimal("150000"), flat(), "Late", null)).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> goals.save(TargetOwner.person(repId), YEAR, new BigDecimal("600000"),
                new BigDecimal("150000"), flat(), "Late", created.version() + 1))
                .isInstanceOf(ConcurrentEditException.class);

        TargetSaved same = goals.save(TargetOwner.person(repId), YEAR, new BigDecimal("500000.00"),
                new BigDecimal("150000"), flat(), "", created.version());
        assertThat(same.changed()).isFalse();
        assertThat(same.version()).isEqualTo(created.version());
        assertThat(count("select count(*) from target_revision where target_id = ?", created.targetId())).isEqualTo(1);
        assertThat(count("select count(*) from app_notification where link = ?", TargetLinks.year(YEAR))).isEqualTo(1);
    }

    @Test
    void aTeamTargetIsTheSumOfItsRepsUnlessSetExplicitly() {
        long teamId = company.teamOf("manager");
        TestSupport.signIn(users, "manager");
        goals.save(TargetOwner.person(company.personId("rep")), YEAR, new BigDecimal("900000"),
                new BigDecimal("270000"), flat(), "Initial", null);
        goals.save(TargetOwner.person(company.personId(company.teammateOf("rep"))), YEAR, new BigDecimal("1100000"),
                new BigDecimal("300000"), flat(), "Initial", null);

        TeamTargetLine summed = goals.year(YEAR).teams().getFirst();
        assertThat(summed.explicit()).isFalse();
        assertThat(summed.targetId()).isNull();
        assertThat(summed.revenue()).isEqualByComparingTo("2000000");
        assertThat(summed.minGrossProfit()).isEqualByComparingTo("570000");

        TargetSaved set = goals.setTeamTarget(teamId, YEAR, new BigDecimal("2500000"), new BigDecimal("700000"),
                flat(), "Stretch goal from the board", null);
        TeamTargetLine explicit = goals.year(YEAR).teams().getFirst();
        assertThat(explicit.explicit()).isTrue();
        assertThat(explicit.revenue()).isEqualByComparingTo("2500000");
        assertThat(explicit.explicitRevenue()).isEqualByComparingTo("2500000");
        assertThat(explicit.repsRevenue()).isEqualByComparingTo("2000000");
        assertThat(explicit.monthlyRevenue().getFirst()).isEqualByComparingTo("208333.34");

        TargetSaved cleared = goals.clearTeamTarget(teamId, YEAR, "Back to the reps' plan", set.version());
        assertThat(cleared.changed()).isTrue();
        TeamTargetLine again = goals.year(YEAR).teams().getFirst();
        assertThat(again.explicit()).isFalse();
        assertThat(again.revenue()).isEqualByComparingTo("2000000");
        assertThat(goals.history(set.targetId())).extracting(TargetRevisionLine::reason)
                .containsExactly("Back to the reps' plan", "Stretch goal from the board");
        assertThat(goals.history(set.targetId()).getFirst().newRevenue()).isEqualByComparingTo("2000000");
        // No rep is told about team targets.
        assertThat(count("select count(*) from app_notification where link = ?", TargetLinks.year(YEAR)))
                .isEqualTo(2);

        TestSupport.signIn(users, "rep");
        assertThatThrownBy(() -> goals.history(set.targetId())).isInstanceOf(AccessDeniedException.class);
    }

    private static String field(Runnable save) {
        try {
            save.run();
        } catch (RuleViolation violation) {
            return violation.field();
        }
        throw new AssertionError("the save was accepted");
    }
}
