package org.runmuscle.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.runmuscle.app.web.Routes;

/** Keeps the arrows of DESIGN.md honest: app → store → core, app → ingest → core, core depends on nothing of ours. */
class ArchitectureTest {
    private static final JavaClasses RUNMUSCLE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.runmuscle");

    @Test
    void coreDependsOnlyOnTheJdkAndJackson() {
        classes()
                .that()
                .resideInAPackage("org.runmuscle.core..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("org.runmuscle.core..", "java..", "com.fasterxml.jackson..")
                .check(RUNMUSCLE);
    }

    @Test
    void coreKnowsNothingOfIngestStoreOrApp() {
        noClasses()
                .that()
                .resideInAPackage("org.runmuscle.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.runmuscle.ingest..", "org.runmuscle.store..", "org.runmuscle.app..")
                .check(RUNMUSCLE);
    }

    @Test
    void ingestAndStoreDoNotKnowEachOtherOrTheApp() {
        noClasses()
                .that()
                .resideInAPackage("org.runmuscle.ingest..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.runmuscle.store..", "org.runmuscle.app..")
                .allowEmptyShould(true)
                .check(RUNMUSCLE);
        noClasses()
                .that()
                .resideInAPackage("org.runmuscle.store..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.runmuscle.ingest..", "org.runmuscle.app..")
                .allowEmptyShould(true)
                .check(RUNMUSCLE);
    }

    @Test
    void theRulesSeeOurClasses() {
        Assertions.assertThat(RUNMUSCLE.containPackage("org.runmuscle.core.atlas"))
                .isTrue();
        Assertions.assertThat(RUNMUSCLE.containPackage("org.runmuscle.app")).isTrue();
    }

    /** The app's feature packages; cli, output and web are shared by all of them and know none. */
    private static final String[] FEATURES = {
        "org.runmuscle.app.account..",
        "org.runmuscle.app.atlas..",
        "org.runmuscle.app.athletes..",
        "org.runmuscle.app.exercises..",
        "org.runmuscle.app.activity..",
        "org.runmuscle.app.history..",
        "org.runmuscle.app.strength..",
        "org.runmuscle.app.training..",
        "org.runmuscle.app.serve..",
        "org.runmuscle.app.bench..",
        "org.runmuscle.app.validate.."
    };

    @Test
    void sharedAppPackagesKnowNoFeature() {
        noClasses()
                .that()
                .resideInAnyPackage("org.runmuscle.app.cli..", "org.runmuscle.app.output..", "org.runmuscle.app.web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(FEATURES)
                .check(RUNMUSCLE);
    }

    @Test
    void routesNeverCallCommandsAndCommandsNeverCallRoutes() {
        noClasses()
                .that()
                .implement(Routes.class)
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(picocli.CommandLine.Command.class)
                .check(RUNMUSCLE);
        noClasses()
                .that()
                .areAnnotatedWith(picocli.CommandLine.Command.class)
                .should()
                .dependOnClassesThat()
                .implement(Routes.class)
                .check(RUNMUSCLE);
    }

    @Test
    void servicesKnowNeitherTheCommandLineNorHttp() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("Service")
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(picocli.CommandLine.Command.class)
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage("io.javalin..", "picocli..")
                .check(RUNMUSCLE);
    }

    @Test
    void coreDoesNoIoBeyondReadingItsOwnResources() {
        noClasses()
                .that()
                .resideInAPackage("org.runmuscle.core..")
                // the writer of the build's snapshots: Maven runs it at process-classes, no command does
                .and()
                .doNotHaveFullyQualifiedName("org.runmuscle.core.snapshot.Snapshot")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.nio.file..", "java.net..", "java.sql..", "java.nio.channels..")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.io.File")
                .orShould()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .check(RUNMUSCLE);
    }

    @Test
    void everyFeaturePackageExists() {
        for (String feature : FEATURES) {
            Assertions.assertThat(RUNMUSCLE.containPackage(feature.replace("..", "")))
                    .as(feature)
                    .isTrue();
        }
    }
}
