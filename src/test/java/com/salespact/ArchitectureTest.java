package com.salespact;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** The house plan, enforced: feature packages, repositories behind services, dependencies pointing one way. */
class ArchitectureTest {

    private static JavaClasses classes;

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
}
