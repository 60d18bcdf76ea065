package org.runmuscle.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

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
        org.assertj.core.api.Assertions.assertThat(RUNMUSCLE.containPackage("org.runmuscle.core.atlas"))
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(RUNMUSCLE.containPackage("org.runmuscle.app"))
                .isTrue();
    }
}
