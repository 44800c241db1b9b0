package org.patientleaflets.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patientleaflets.TestProject;

class NumericParityRuleTest {

    /** The end of the first French section's text, which the front matter's summary does not share. */
    private static final String FRENCH_PARAGRAPH_END = "du cœur.\n\n## Quels";

    @TempDir
    Path folder;

    @Test
    void reportsAChangedPercentageInBothTextsAtEachFigure() {
        TestProject project =
                TestProject.copyOf(TestProject.VALID, folder).replace("content/demo/en.md", "(2%)", "(3%)");

        assertThat(project.findings())
                .containsExactly(
                        "content/demo/en.md:20:36: error: '3%' does not appear in the French text of this section"
                                + " (content/demo/fr.md:17): correct the figure here, or in the French text, so"
                                + " that both give the same figure [numeric-parity]",
                        "content/demo/fr.md:19:33: error: '2 %' does not appear in the English translation of"
                                + " this section (content/demo/en.md:18): correct the translation, or this text,"
                                + " so that both give the same figure [numeric-parity]");
    }

    @Test
    void reportsTheChangedFigureOfEveryLeafletOfALargeSite() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);
        String french = project.read("content/demo/fr.md");
        String english = project.read("content/demo/en.md").replace("(2%)", "(3%)");
        int leaflets = 60;
        for (int i = 0; i < leaflets; i++) {
            String slug = "demo-%02d".formatted(i);
            project.write("content/" + slug + "/fr.md", french).write("content/" + slug + "/en.md", english);
        }
        project.delete("content/demo/fr.md").delete("content/demo/en.md");

        assertThat(project.findings())
                .hasSize(2 * leaflets)
                .allMatch(finding -> finding.endsWith("[numeric-parity]"))
                .anyMatch(finding -> finding.startsWith("content/demo-00/en.md:20:36: error: '3%'"))
                .anyMatch(finding -> finding.startsWith("content/demo-59/fr.md:19:33: error: '2 %'"));
    }

    @Test
    void reportsAFigureLeftOutOfTheTranslationAtTheSourceFigure() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/demo/fr.md", FRENCH_PARAGRAPH_END, "du cœur. Il dure 1-2 heures.\n\n## Quels");

        assertThat(project.findings())
                .containsExactly(
                        notInEnglish("content/demo/fr.md:15:51", "1", "content/demo/en.md:14"),
                        notInEnglish("content/demo/fr.md:15:53", "2", "content/demo/en.md:14"));
    }

    @Test
    void readsFiguresTheWayEachLanguageWritesThem() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace(
                        "content/demo/fr.md",
                        FRENCH_PARAGRAPH_END,
                        "du cœur. Plus de 15 000 patients, 1\u00A0485 en 2017, de 1 cm² à 2,05 cm², en 1–2"
                                + " heures, 95,4\u202F%, 1 500\u00A0%, en 2019 300 patients.\n\n## Quels")
                .replace(
                        "content/demo/en.md",
                        "of the heart.\n\n## What",
                        "of the heart. More than 15,000 patients, 1485 in 2017, from 1 cm² to 2.05 cm², in 1-2"
                                + " hours, 95.4%, 1,500 %, in 2019, 300 patients.\n\n## What");

        assertThat(project.findings()).isEmpty();
    }

    @Test
    void comparesPhoneNumbersByTheNumberDialledNotHowTheyAreWritten() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/demo/en.md", "064 23 48 20", "+32 64 23 48 20");

        assertThat(project.findings()).isEmpty();
    }

    @Test
    void reportsAPhoneNumberThatDiffersAsAWhole() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/demo/en.md", "064 23 48 20", "064 23 48 21");

        assertThat(project.findings())
                .containsExactly(
                        notInFrench("content/demo/en.md:24:16", "064 23 48 21", "content/demo/fr.md:21"),
                        notInEnglish("content/demo/fr.md:23:18", "064 23 48 20", "content/demo/en.md:22"));
    }

    @Test
    void ignoresListNumbersAndComparesFiguresInHeadingsAndEmphasis() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/demo/fr.md", "- Un bleu au point de ponction (2 %).", "1. Un bleu (**2 %**).")
                .replace("content/demo/en.md", "## What is it?", "## What are the 2 steps?");

        assertThat(project.findings())
                .containsExactly(notInFrench("content/demo/en.md:14:17", "2", "content/demo/fr.md:13"));
    }

    @Test
    void comparesTheSummariesShownOnTheIndexToo() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/demo/fr.md", "summary: Un examen", "summary: Un examen de 30 minutes")
                .replace("content/demo/en.md", "summary: A test", "summary: A 20-minute test");

        assertThat(project.findings())
                .containsExactly(
                        "content/demo/en.md:8:12: error: '20' does not appear in the French 'summary'"
                                + " (content/demo/fr.md:8): correct the figure here, or in the French text, so that"
                                + " both give the same figure [numeric-parity]",
                        "content/demo/fr.md:8:23: error: '30' does not appear in the English 'summary'"
                                + " (content/demo/en.md:8): correct the translation, or this text, so that both give"
                                + " the same figure [numeric-parity]");
    }

    @Test
    void reportsAChangedYearLikeAnyOtherFigure() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/demo/fr.md", FRENCH_PARAGRAPH_END, "du cœur, décrit en 1984.\n\n## Quels")
                .replace(
                        "content/demo/en.md",
                        "of the heart.\n\n## What",
                        "of the heart, described in 1985.\n\n## What");

        assertThat(project.findings())
                .containsExactly(
                        notInFrench("content/demo/en.md:16:59", "1985", "content/demo/fr.md:13"),
                        notInEnglish("content/demo/fr.md:15:53", "1984", "content/demo/en.md:14"));
    }

    private static String notInFrench(String position, String figure, String section) {
        return position + ": error: '" + figure + "' does not appear in the French text of this section (" + section
                + "): correct the figure here, or in the French text, so that both give the same figure"
                + " [numeric-parity]";
    }

    private static String notInEnglish(String position, String figure, String section) {
        return position + ": error: '" + figure + "' does not appear in the English translation of this section ("
                + section + "): correct the translation, or this text, so that both give the same figure"
                + " [numeric-parity]";
    }
}
