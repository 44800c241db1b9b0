package org.patientleaflets;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine knows nothing of Maven: only the Mojo package may use Maven types, and nothing uses it. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.patientleaflets");

    @Test
    void onlyTheMojoPackageUsesMavenTypes() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.patientleaflets.maven..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.apache.maven..")
                .check(CLASSES);
    }

    @Test
    void theEngineDoesNotDependOnTheMojos() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.patientleaflets.maven..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.patientleaflets.maven..")
                .check(CLASSES);
    }

    @Test
    void theMojosUseOnlyTheResolverApiMavenGivesPlugins() {
        // Maven lends its resolver's API to plugins, not its utilities: those are on the compile class path only.
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.eclipse.aether.util..", "org.eclipse.aether.internal..")
                .check(CLASSES);
    }

    @Test
    void theModelDependsOnNoRenderingOrParsingLibrary() {
        noClasses()
                .that()
                .resideInAPackage("org.patientleaflets.model..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.vladsch..", "freemarker..", "org.snakeyaml..")
                .check(CLASSES);
    }

    @Test
    void onlyTheLanguageToolPackageUsesLanguageTool() {
        // A build without proofreading must never load LanguageTool, which takes seconds: keep it in one place.
        noClasses()
                .that()
                .resideOutsideOfPackage("org.patientleaflets.proofread.languagetool..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.languagetool..")
                .check(CLASSES);
    }

    @Test
    void nothingOutsideTheLanguageToolPackageNamesItsClasses() {
        // They must be loaded by the class loader that holds LanguageTool, never by the engine's own.
        noClasses()
                .that()
                .resideOutsideOfPackage("org.patientleaflets.proofread.languagetool..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.patientleaflets.proofread.languagetool..")
                .check(CLASSES);
    }
}
