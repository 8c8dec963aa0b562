package com.salespact;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The house plan, enforced: feature packages, repositories behind services, dependencies pointing one way. */
class ArchitectureTest {

    private static JavaClasses classes;

    /**
     * Classes outside a query package that may still use JDBC, each for a reason. Everything else reads through a
     * query class (a feature's {@code query} package; a feature's own services through an interface it declares and
     * its query package implements) and writes through JPA or one of these writers.
     */
    private static final List<String> MAY_USE_JDBC = List.of(
            // Infrastructure: sends pg_notify on its own connection, reads nothing.
            "com.salespact.base.PostgresLiveRelay",
            // Infrastructure: hands ShedLock a JdbcTemplate for its lock table (cluster-wide job locks).
            "com.salespact.base.ClusterLockConfig",
            // Start-up bootstrap: creates the first admin of an empty production database, before anyone signs in.
            "com.salespact.security.ProductionAccounts",
            // Writers that only write (their reads are query classes): the CSV import's batches, the ladder's
            // standing and rung history, the targets a countersigned pact set.
            "com.salespact.deals.csv.ImportWriter",
            "com.salespact.pact.LadderWriter",
            "com.salespact.pact.PactTargetWriter");

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.salespact");
    }

    @Test
    void repositoriesArePackagePrivate() {
        ArchRule rule = classes().that().areAssignableTo(Repository.class).should().notBePublic()
                .because("repositories stay behind their feature's service");
        rule.check(classes);
    }

    @Test
    void viewsDoNotUseRepositories() {
        noClasses().that().resideInAPackage("..ui..").should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(classes);
    }

    @Test
    void nothingDependsOnUserInterfaces() {
        noClasses().that().resideOutsideOfPackages("..ui..").and().doNotHaveSimpleName("SecurityConfig")
                .and().doNotHaveSimpleName("Application")
                .should().dependOnClassesThat().resideInAPackage("..ui..")
                .because("only routing reaches into a ui package")
                .check(classes);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        // A slice is a whole feature, its ui and query packages included: a loop through a ui package is a loop.
        slices().matching("com.salespact.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void lowerLayersDoNotReachUp() {
        noClasses().that().resideInAPackage("com.salespact.base")
                .should().dependOnClassesThat().resideInAnyPackage("com.salespact.people..", "com.salespact.goals..",
                        "com.salespact.deals..", "com.salespact.activities..", "com.salespact.pact..",
                        "com.salespact.reviews..", "com.salespact.feedback..", "com.salespact.coaching..",
                        "com.salespact.holidays..", "com.salespact.commission..", "com.salespact.dashboard..",
                        "com.salespact.demo..")
                .orShould().dependOnClassesThat().resideInAPackage("com.salespact.security..")
                .check(classes);
        noClasses().that().resideInAPackage("com.salespact.base.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("com.salespact.people..", "com.salespact.goals..",
                        "com.salespact.deals..", "com.salespact.activities..", "com.salespact.pact..",
                        "com.salespact.reviews..", "com.salespact.feedback..", "com.salespact.coaching..",
                        "com.salespact.holidays..", "com.salespact.commission..", "com.salespact.dashboard..",
                        "com.salespact.security..", "com.salespact.demo..")
                .because("the shell knows nothing about features; who is signed in comes through ShellUser")
                .check(classes);
        noClasses().that().resideInAnyPackage("com.salespact.security..").and().resideOutsideOfPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("com.salespact.people..", "com.salespact.deals..",
                        "com.salespact.goals..", "com.salespact.dashboard..")
                .check(classes);
        noClasses().that().resideInAnyPackage("com.salespact.people..", "com.salespact.deals..",
                        "com.salespact.activities..", "com.salespact.goals..")
                .should().dependOnClassesThat().resideInAnyPackage("com.salespact.pact..", "com.salespact.reviews..",
                        "com.salespact.feedback..", "com.salespact.coaching..", "com.salespact.commission..",
                        "com.salespact.dashboard..", "com.salespact.demo..")
                .check(classes);
        noClasses().that().resideInAnyPackage("com.salespact.feedback..", "com.salespact.coaching..")
                .should().dependOnClassesThat().resideInAnyPackage("com.salespact.reviews..",
                        "com.salespact.commission..", "com.salespact.dashboard..", "com.salespact.demo..")
                .because("feedback and coaching sit beside reviews: the 1:1 may show them, not the other way round")
                .check(classes);
        noClasses().that().resideOutsideOfPackage("com.salespact.demo..")
                .should().dependOnClassesThat().resideInAPackage("com.salespact.demo..")
                .check(classes);
    }

    @Test
    void sqlOnlyInQueryClasses() {
        noClasses().that().resideOutsideOfPackages("..query..",
                        // Demo seeding writes (and reads back what it wrote) as it likes.
                        "com.salespact.demo..")
                .and(DescribedPredicate.not(listedIn(MAY_USE_JDBC)))
                .should().dependOnClassesThat().belongToAnyOf(JdbcTemplate.class, JdbcOperations.class,
                        NamedParameterJdbcTemplate.class, NamedParameterJdbcOperations.class, JdbcClient.class)
                .because("SQL reads live in query classes returning records (issue 15: one read path)")
                .check(classes);
    }

    /** A listed class or one nested in it. */
    private static DescribedPredicate<JavaClass> listedIn(List<String> names) {
        return DescribedPredicate.describe("listed", javaClass -> names.stream()
                .anyMatch(name -> javaClass.getName().equals(name) || javaClass.getName().startsWith(name + "$")));
    }

    @Test
    void dashboardsReadThroughQueriesNotEntities() {
        noClasses().that().resideInAPackage("com.salespact.dashboard..")
                .should().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class)
                .because("dashboards read records computed in the database, never entity lists")
                .check(classes);
    }

    @Test
    void commissionStaysOffDashboardsAndOtherFeaturesScreens() {
        noClasses().that().resideInAPackage("com.salespact.commission..")
                .should().dependOnClassesThat().resideInAnyPackage("com.salespact.dashboard..",
                        "com.salespact.reviews..", "com.salespact.feedback..", "com.salespact.coaching..",
                        "com.salespact.demo..", "com.salespact.people.ui..",
                        "com.salespact.goals.ui..", "com.salespact.deals.ui..", "com.salespact.activities.ui..",
                        "com.salespact.pact.ui..")
                .check(classes);
        noClasses().that().resideInAPackage("com.salespact.dashboard..")
                .should().dependOnClassesThat().resideInAPackage("com.salespact.commission..")
                .because("dashboards and wall screens never show commission")
                .check(classes);
    }

    /** Classes that may navigate to a location string: they open a link stored earlier (made by a feature's *Links). */
    private static final List<String> MAY_OPEN_STORED_LINKS = List.of("com.salespact.people.ui.NotificationBell");

    @Test
    void screensAreOpenedThroughEachFeaturesNavigation() {
        noClasses().that().haveSimpleNameNotEndingWith("Navigation")
                .and(DescribedPredicate.not(listedIn(MAY_OPEN_STORED_LINKS)))
                .should().callMethod(UI.class, "navigate", String.class)
                .orShould().callMethod(UI.class, "navigate", String.class, QueryParameters.class)
                .orShould().callConstructor(Location.class, String.class)
                .orShould().callConstructor(Location.class, String.class, QueryParameters.class)
                .because("a screen's location is known in one place, its feature's *Navigation (issue 15)")
                .check(classes);
    }

    /**
     * Route strings ("deals/42", "commission?rep=…", a route passed to a link) appear only in a feature's
     * {@code *Links} (shared by its services) and {@code *Navigation} (its views), and in the {@code @Route}s.
     */
    @Test
    void noRouteStringsOutsideNavigationAndLinks() throws IOException {
        List<String> routes = classes.stream().filter(javaClass -> javaClass.isAnnotatedWith(Route.class))
                .map(javaClass -> javaClass.getAnnotationOfType(Route.class).value().split("/")[0])
                .filter(route -> !route.isEmpty()).distinct().map(Pattern::quote).toList();
        Pattern routeLiteral = Pattern.compile("\"/?(" + String.join("|", routes) + ")([/?][^\"]*)?\"");
        Pattern linkUse = Pattern.compile("navigate\\(|Location\\(|Anchor\\(|[hH]ref");
        List<String> found = new ArrayList<>();
        Path sources = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> !path.getFileName().toString().matches(".*(Navigation|Links)\\.java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.strip().startsWith("*") || line.strip().startsWith("/")) {
                        continue; // a comment may show an example location
                    }
                    Matcher literal = routeLiteral.matcher(line);
                    while (!line.contains("@Route(") && literal.find()) {
                        if (literal.group(2) != null || linkUse.matcher(line).find()) {
                            found.add(sources.relativize(file) + ":" + (i + 1) + " " + literal.group());
                        }
                    }
                }
            }
        }
        assertThat(found).as("route strings outside *Navigation and *Links").isEmpty();
    }
}
