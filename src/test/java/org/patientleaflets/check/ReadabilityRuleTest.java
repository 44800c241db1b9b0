package org.patientleaflets.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patientleaflets.TestProject;
import org.patientleaflets.model.Readability;

class ReadabilityRuleTest {

    private static final String LONG_SENTENCE = "The interventional cardiologist introduces a flexible intravascular"
            + " catheter through the femoral vein, subsequently traversing the interatrial septum under continuous"
            + " transoesophageal echocardiographic guidance, whereupon the prosthetic device is positioned.";

    @TempDir
    Path folder;

    @Test
    void acceptsPlainTextAtTheDefaultLevel() {
        assertThat(TestProject.copyOf(TestProject.VALID, folder).findings()).isEmpty();
    }

    @Test
    void warnsAboutAHardTextWithItsScoreAndWhatMakesItHard() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace(
                        "content/demo/en.md",
                        "of the heart.\n\n## What",
                        "of the heart. " + LONG_SENTENCE + "\n\n## What");

        assertThat(project.findings())
                .containsExactly("content/demo/en.md:1:1: warning: the text is hard to read: its Flesch Reading Ease"
                        + " score is 9.4 (11.5 words per sentence, 2.20 syllables per word), below the English level"
                        + " of 50: write shorter sentences and plainer words, or change 'readability' in site.yaml"
                        + " [readability]");
    }

    @Test
    void takesTheLevelOfEachLanguageFromSiteSettings() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace(
                        "content/demo/en.md",
                        "of the heart.\n\n## What",
                        "of the heart. " + LONG_SENTENCE + "\n\n## What")
                .replace("content/site.yaml", "phoneRegion: BE\n", "phoneRegion: BE\nreadability: {en: 5}\n");

        assertThat(project.findings()).isEmpty();
    }

    @Test
    void scoresFrenchWithKandelAndMoles() {
        Readability.Score score =
                Readability.of("Le chat dort. Il fait beau.", "fr").orElseThrow();

        assertThat(score.formula()).isEqualTo("Kandel & Moles");
        assertThat(score.sentences()).isEqualTo(2);
        assertThat(score.words()).isEqualTo(6);
        assertThat(score.syllables()).isEqualTo(6);
        assertThat(score.score()).isCloseTo(207 - 1.015 * 3 - 73.6 * 1, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void scoresNoLanguageWithoutAFormula() {
        assertThat(Readability.of("Der Hund schläft.", "de")).isEmpty();
    }
}
