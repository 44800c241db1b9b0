package org.patientleaflets.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patientleaflets.TestProject;

class RequiredSectionsRuleTest {

    @TempDir
    Path folder;

    @Test
    void acceptsTextsWithEveryRequiredSection() {
        assertThat(TestProject.copyOf(TestProject.VALID, folder).findings()).isEmpty();
    }

    @Test
    void reportsAMissingEnglishRisksSectionInTheEnglishFile() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace(
                        "content/demo/en.md",
                        "## What are the risks?\n\n- A bruise where the tube went in (2%).\n",
                        "");

        assertThat(project.findings())
                .containsExactly(
                        "content/demo/en.md:1:1: error: required section 'risks' is missing: add a section"
                                + " '## What are the risks?' or mark its heading with {#risks} [required-section]",
                        "content/demo/en.md:1:1: error: this text has 2 sections but content/demo/fr.md has 3;"
                                + " translate each section of the French text, in the same order [section-parity]");
    }

    @Test
    void reportsAMissingFrenchContactSectionWithItsFrenchHeading() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/demo/fr.md", "## Qui contacter ?\n\nLe secrétariat : 064 23 48 20.\n", "");

        assertThat(project.findings())
                .containsExactly(
                        "content/demo/en.md:22:1: error: this section has no counterpart in the French text:"
                                + " content/demo/fr.md has 2 sections and this text 3; translate the sections one"
                                + " for one, in the same order [section-parity]",
                        "content/demo/fr.md:1:1: error: required section 'contact' is missing: add a section"
                                + " '## Qui contacter ?' or mark its heading with {#contact} [required-section]");
    }

    @Test
    void reportsAnEmptyRisksSectionAtItsHeadingLine() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/demo/fr.md", " (2 %)", ", fréquent")
                .replace("content/demo/en.md", "- A bruise where the tube went in (2%).\n", "");

        assertThat(project.findings())
                .containsExactly("content/demo/en.md:18:1: error: the risks section 'What are the risks?' is empty:"
                        + " write what the patient needs to know under it [required-section]");
    }

    @Test
    void recognisesASectionByItsExplicitId() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/demo/en.md", "## What are the risks?", "## Possible complications {#risks}");

        assertThat(project.findings()).isEmpty();
    }

    @Test
    void matchesHeadingsWhateverTheCaseAndSpacingBeforePunctuation() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/demo/fr.md", "## Quels sont les risques ?", "## QUELS SONT LES RISQUES\u202F?");

        assertThat(project.findings()).isEmpty();
    }

    @Test
    void aSubheadingAloneDoesNotFillASection() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/demo/fr.md", " (2 %)", ", fréquent")
                .replace("content/demo/en.md", "- A bruise where the tube went in (2%).\n", "### Later\n");

        assertThat(project.findings()).singleElement().asString().contains("is empty");
    }
}
