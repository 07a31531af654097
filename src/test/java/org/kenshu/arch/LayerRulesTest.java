package org.kenshu.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.kenshu.app.AllowedToUseStandardStreams;

/** The layers of DESIGN.md §3: ui, cli → service → store, io → model; app wires them all. */
@AnalyzeClasses(packages = "org.kenshu", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {
    @ArchTest
    static final ArchRule modelDependsOnNothing = noClasses().that().resideInAPackage("org.kenshu.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kenshu.store..", "org.kenshu.io..",
                    "org.kenshu.service..", "org.kenshu.ui..", "org.kenshu.cli..", "org.kenshu.app..",
                    "javafx..", "org.jooq..", "org.apache.poi..")
            .because("the model is the vocabulary every layer shares and must stay plain Java");

    @ArchTest
    static final ArchRule onlyStoreUsesJooq = noClasses().that().resideOutsideOfPackage("org.kenshu.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.flywaydb..", "org.h2..",
                    "com.zaxxer..")
            .because("SQL stays behind the repositories, so the rest does not care whether it is H2 or PostgreSQL");

    @ArchTest
    static final ArchRule onlyIoUsesPoi = noClasses().that().resideOutsideOfPackage("org.kenshu.io..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.apache.commons.csv..")
            .because("spreadsheet formats are read and written in one place that is tested against hostile files");

    @ArchTest
    static final ArchRule noJavafxOutsideUi = noClasses().that().resideOutsideOfPackage("org.kenshu.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..",
                    "org.kordamp..")
            .because("the CLI and the services must run without a display");

    @ArchTest
    static final ArchRule uiDoesNotUseStore = noClasses().that().resideInAnyPackage("org.kenshu.ui..", "org.kenshu.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kenshu.store..", "org.kenshu.io..")
            .because("screens and commands go through the services, which own transactions and the audit log");

    @ArchTest
    static final ArchRule lowerLayersDoNotUseUpperOnes = noClasses().that()
            .resideInAnyPackage("org.kenshu.service..", "org.kenshu.store..", "org.kenshu.io..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kenshu.ui..", "org.kenshu.cli..",
                    "org.kenshu.app..")
            .because("dependencies point down only");

    @ArchTest
    static final ArchRule storeAndIoDoNotUseServices = noClasses().that()
            .resideInAnyPackage("org.kenshu.store..", "org.kenshu.io..")
            .should().dependOnClassesThat().resideInAPackage("org.kenshu.service..")
            .because("services use the store and io, not the other way round");

    @ArchTest
    static final ArchRule noSystemOut = noClasses().that().areNotAnnotatedWith(AllowedToUseStandardStreams.class)
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .orShould().callMethod(Throwable.class, "printStackTrace")
            .because("output goes through the CLI's writers and the log, where it can be found");
}
