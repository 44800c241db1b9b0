package org.patientleaflets.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patientleaflets.TestProject;

class RiskFrequencyRuleTest {

    private static final String FRENCH_RISK = "- Un bleu au point de ponction (2 %).\n";
    private static final String ENGLISH_RISK = "- A bruise where the tube went in (2%).\n";

    @TempDir
    Path folder;

    private TestProject withRisks(String french, String english) {
        return TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/demo/fr.md", FRENCH_RISK, french)
                .replace("content/demo/en.md", ENGLISH_RISK, english);
    }

    @Test
    void warnsAtEachRiskThatDoesNotSayHowOften() {
        TestProject project = withRisks(FRENCH_RISK + "- Un saignement.\n", ENGLISH_RISK + "- Bleeding.\n");

        assertThat(project.findings())
                .containsExactly(
                        "content/demo/en.md:21:1: warning: this risk does not say how often it happens: add a figure"
                                + " such as (2%) or (1 in 100), a frequency word (very common, common, uncommon,"
                                + " rare, very rare), or write (how often is not known: the team will explain)"
                                + " [risk-frequency]",
                        "content/demo/fr.md:20:1: warning: this risk does not say how often it happens: add a figure"
                                + " such as (2 %) or (1 sur 100), a frequency word (très fréquent, fréquent, peu"
                                + " fréquent, rare, très rare), or write (fréquence non connue : l'équipe vous"
                                + " l'expliquera) [risk-frequency]");
    }

    @Test
    void acceptsFrequencyWordsFiguresAndAnExplicitlyUnknownFrequency() {
        TestProject project = withRisks(
                FRENCH_RISK + "- Un hématome, peu fréquent (1 sur 1 000).\n"
                        + "- Un saignement (fréquence non connue : l'équipe vous l'expliquera).\n"
                        + "- Une infection, très rare.\n",
                ENGLISH_RISK + "- A haematoma, uncommon (1 in 1,000).\n"
                        + "- Bleeding (how often is not known: the team will explain).\n"
                        + "- An infection, very rare.\n");

        assertThat(project.findings()).isEmpty();
    }

    @Test
    void reportsAWordThatContradictsTheFigureBesideItInEitherLanguage() {
        TestProject project = withRisks(
                "- Un bleu au point de ponction (rare, 2 %).\n", "- A bruise where the tube went in (rare, 2%).\n");

        assertThat(project.findings())
                .containsExactly(
                        "content/demo/en.md:20:36: error: 'rare' means 1 in 10,000 to 1 in 1,000, but the figure"
                                + " beside it is '2%': write 'common', or correct the figure [risk-frequency]",
                        "content/demo/fr.md:19:33: error: 'rare' means 1 in 10,000 to 1 in 1,000, but the figure"
                                + " beside it is '2 %': write 'fréquent', or correct the figure [risk-frequency]");
    }

    @Test
    void reportsAnUpperBoundThatNoWordOfItsBandAllows() {
        TestProject project = withRisks(
                "- Un bleu au point de ponction (très fréquent, < 5 %).\n",
                "- A bruise where the tube went in (very common, < 5%).\n");

        assertThat(project.findings())
                .containsExactly(
                        "content/demo/en.md:20:36: error: 'very common' means 1 in 10 or more, but the figure beside"
                                + " it is '< 5%': write the word that fits it, or correct the figure"
                                + " [risk-frequency]",
                        "content/demo/fr.md:19:33: error: 'très fréquent' means 1 in 10 or more, but the figure"
                                + " beside it is '< 5 %': write the word that fits it, or correct the figure"
                                + " [risk-frequency]");
    }

    @Test
    void reportsATranslationThatCallsARiskMoreFrequentThanItsSource() {
        TestProject project =
                withRisks("- Un bleu au point de ponction, rare.\n", "- A bruise where the tube went in, common.\n");

        assertThat(project.findings())
                .containsExactly("content/demo/en.md:20:36: error: 'common' means 1 in 100 to 1 in 10, but the source"
                        + " text calls this risk 'rare' (1 in 10,000 to 1 in 1,000, content/demo/fr.md:19): use the"
                        + " word of the same frequency in both languages, 'rare' [risk-frequency-parity]");
    }
}
