package org.patientleaflets.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patientleaflets.TestProject;

class SectionParityRuleTest {

    @TempDir
    Path folder;

    @Test
    void acceptsATranslationWithTheSameSectionsInTheSameOrder() {
        assertThat(TestProject.copyOf(TestProject.VALID, folder).findings()).isEmpty();
    }

    @Test
    void reportsASectionTheSourceDoesNotHaveAtItsHeading() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/demo/en.md", "064 23 48 20.", "064 23 48 20.\n\n## Where do I go?\n\nTo ward B.");

        assertThat(project.findings())
                .containsExactly("content/demo/en.md:26:1: error: this section has no counterpart in the French text:"
                        + " content/demo/fr.md has 3 sections and this text 4; translate the sections one for one,"
                        + " in the same order [section-parity]");
    }

    @Test
    void reportsAMissingSectionAtTheTranslationNamingTheFirstWithoutCounterpart() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace(
                        "content/demo/en.md", "## What is it?\n\nA test that shows the arteries of the heart.\n\n", "");

        assertThat(project.findings())
                .containsExactly("content/demo/en.md:1:1: error: this text has 2 sections but content/demo/fr.md has"
                        + " 3; translate each section of the French text, in the same order [section-parity]");
    }

    @Test
    void reportsARequiredSectionMovedToAnotherPlace() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace(
                        "content/demo/en.md",
                        "## What is it?\n\nA test that shows the arteries of the heart.\n\n"
                                + "## What are the risks?\n\n- A bruise where the tube went in (2%).\n",
                        "## What are the risks?\n\n- A bruise where the tube went in (2%).\n\n"
                                + "## What is it?\n\nA test that shows the arteries of the heart.\n");

        assertThat(project.findings())
                .containsExactly("content/demo/en.md:14:1: error: the risks section is section 1 here but section 2 in"
                        + " the French text (content/demo/fr.md:17): put the sections in the order of the French"
                        + " text [section-parity]");
    }
}
