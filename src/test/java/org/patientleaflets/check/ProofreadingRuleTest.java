package org.patientleaflets.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patientleaflets.TestProject;

class ProofreadingRuleTest {

    private static final String FRENCH_ABOUT = "Un examen qui montre les artères du cœur.\n\n## Quels";
    private static final String ENGLISH_ABOUT = "A test that shows the arteries of the heart.\n\n## What are";
    private static final Pattern PLACE_AND_RULE =
            Pattern.compile("^(\\S+:\\d+:\\d+): warning: .*\\((\\w+)\\) \\[proofreading]$");

    @TempDir
    Path folder;

    @Test
    void findsFrenchMistakesAtTheirLineAndColumnInParagraphsListsAndTables() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .proofread()
                .replace(
                        "content/demo/fr.md",
                        FRENCH_ABOUT,
                        """
                        Un examen qui montre les artères du cœur.
                        Au début, la maladie ne donne pas de *paintes*.
                        L’intervention est réalisé sous anesthésie locale.

                        - Vous resterez a l’hôpital une nuit.

                        | Étape | Durée |
                        |---|---|
                        | Les résultat | une heure |

                        ## Quels""");

        assertThat(places(project.findings()))
                .containsExactly(
                        "content/demo/fr.md:16:39 FR_SPELLING_RULE",
                        "content/demo/fr.md:17:20 ETRE_VPPA_OU_ADJ",
                        "content/demo/fr.md:19:17 A_A_ACCENT2",
                        "content/demo/fr.md:23:3 D_N");
    }

    @Test
    void findsEnglishMistakesAtTheirLineAndColumnInHeadingsParagraphsListsAndTables() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .proofread()
                .replace("content/demo/en.md", "## What is it?", "## What is is it?")
                .replace(
                        "content/demo/en.md",
                        ENGLISH_ABOUT,
                        """
                        A test that shows the arteries of the heart.
                        It take about an hour, and you go home after the the test.

                        - Call the secretary if you has a fever.

                        | Step | Length |
                        |---|---|
                        | Their is a wait | an hour |

                        ## What are""");

        assertThat(places(project.findings()))
                .containsExactly(
                        "content/demo/en.md:14:9 ENGLISH_WORD_REPEAT_RULE",
                        "content/demo/en.md:17:4 IT_VBZ",
                        "content/demo/en.md:17:46 ENGLISH_WORD_REPEAT_RULE",
                        "content/demo/en.md:19:29 NON3PRS_VERB",
                        "content/demo/en.md:23:3 THEIR_IS");
    }

    @Test
    void printsLanguageToolsMessageWithItsFirstSuggestionsAndHowToAcceptATerm() throws IOException {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .proofread()
                .replace(
                        "content/demo/fr.md",
                        "Un examen qui montre les artères du cœur.\n",
                        "Un examen qui montre les artères du cœur, sans paintes.\n");

        assertThat(project.findings())
                .containsExactly("content/demo/fr.md:15:48: warning: 'paintes': Faute de frappe possible trouvée."
                        + " Suggestions: pointes, maintes, peintes. Correct the word, or add it to"
                        + " content/dictionary.fr.txt if it is a correct term (FR_SPELLING_RULE) [proofreading]");
        JsonNode sarif = new ObjectMapper()
                .readTree(project.config()
                        .outputDirectory()
                        .resolve("report.sarif")
                        .toFile())
                .at("/runs/0/results/0");
        assertThat(sarif.get("ruleId").asText()).isEqualTo("proofreading");
        assertThat(sarif.at("/locations/0/physicalLocation/region/startLine").asInt())
                .isEqualTo(15);
        assertThat(sarif.at("/locations/0/physicalLocation/region/startColumn").asInt())
                .isEqualTo(48);
    }

    @Test
    void acceptsTheMedicalTermsAndProductNamesOfTheDictionary() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .proofread()
                .replace(
                        "content/demo/fr.md",
                        "Un examen qui montre les artères du cœur.\n",
                        "Un examen qui montre les artères du cœur. Une échocardiographie transœsophagienne guide la"
                                + " pose du MitraClip.\n")
                .replace(
                        "content/demo/en.md",
                        "A test that shows the arteries of the heart.\n",
                        "A test that shows the arteries of the heart. A transoesophageal echocardiogram guides the"
                                + " MitraClip, as in a commissurotomy.\n");
        assertThat(places(project.findings()))
                .as("the terms are unknown to LanguageTool without the dictionary")
                .containsExactlyInAnyOrder(
                        "content/demo/en.md:16:91 MORFOLOGIK_RULE_EN_GB",
                        "content/demo/en.md:16:110 MORFOLOGIK_RULE_EN_GB",
                        "content/demo/fr.md:15:65 FR_SPELLING_RULE",
                        "content/demo/fr.md:15:100 FR_SPELLING_RULE");

        project.write(
                        "content/dictionary.fr.txt",
                        "# Terms of the cardiology leaflets\nMitraClip\n\ntransœsophagienne\n")
                .write("content/dictionary.en.txt", "MitraClip\ncommissurotomy\n");

        assertThat(project.findings()).isEmpty();
    }

    @Test
    void aSitesDictionaryAcceptsNothingInAnotherSiteBuiltInTheSameRun(@TempDir Path otherFolder) {
        String withProductName = "Un examen qui montre les artères du cœur, avant la pose du MitraClip.\n";
        TestProject withDictionary = TestProject.copyOf(TestProject.VALID, folder)
                .proofread()
                .replace("content/demo/fr.md", "Un examen qui montre les artères du cœur.\n", withProductName)
                .write("content/dictionary.fr.txt", "MitraClip\n");
        TestProject without = TestProject.copyOf(TestProject.VALID, otherFolder)
                .proofread()
                .replace("content/demo/fr.md", "Un examen qui montre les artères du cœur.\n", withProductName);

        assertThat(withDictionary.findings()).isEmpty();
        assertThat(places(without.findings())).containsExactly("content/demo/fr.md:15:60 FR_SPELLING_RULE");
    }

    @Test
    void leavesCodeAddressesAndPhoneNumbersAlone() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .proofread()
                .replace(
                        "content/demo/fr.md",
                        "Le secrétariat : 064 23 48 20.",
                        "Le secrétariat : 064 23 48 20, secretriat@hopitall.be, <https://hopitall.be/secretriat>,"
                                + " [le site](https://hopitall.be/aidde) ou le code `paintes`.");

        assertThat(project.findings()).isEmpty();
    }

    @Test
    void silencesTheRulesSiteSettingsIgnore() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .proofread()
                .replace(
                        "content/demo/fr.md",
                        "Un examen qui montre les artères du cœur.\n",
                        "Un examen qui montre les artères du cœur. Vous resterez a l’hôpital une nuit.\n");
        assertThat(places(project.findings())).containsExactly("content/demo/fr.md:15:57 A_A_ACCENT2");

        project.replace("content/site.yaml", "phoneRegion: BE\n", "phoneRegion: BE\nproofreadIgnore: [A_A_ACCENT2]\n");

        assertThat(project.findings()).isEmpty();
    }

    @Test
    void proofreadsWhenSiteSettingsAskForItWithoutTheBuildParameter() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/demo/fr.md", "Un examen qui montre", "Un examen qui montre sans paintes");
        assertThat(project.findings()).as("proofreading is off by default").isEmpty();

        project.replace("content/site.yaml", "phoneRegion: BE\n", "phoneRegion: BE\nproofread: true\n");

        assertThat(places(project.findings())).containsExactly("content/demo/fr.md:15:27 FR_SPELLING_RULE");
    }

    @Test
    void warnsThatATextInALanguageWithoutDictionaryIsNotProofread() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .proofread()
                .replace("content/site.yaml", "languages: [fr, en]", "languages: [fr, en, nl]")
                .replace("content/site.yaml", "  en: Test hospital\n", "  en: Test hospital\n  nl: Testziekenhuis\n");
        project.write("content/demo/nl.md", project.read("content/demo/en.md"));

        assertThat(project.findings())
                .contains("content/demo/nl.md:1:1: warning: the text is not proofread: LanguageTool has no"
                        + " dictionary for Dutch (nl) [proofreading]");
    }

    @Test
    void refusesProofreadingSettingsThatAreNotWhatTheyShouldBe() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace(
                        "content/site.yaml",
                        "phoneRegion: BE\n",
                        "phoneRegion: BE\nproofread: yes\nproofreadIgnore: [A_A_ACCENT2, double spaces]\n");

        assertThat(project.findings())
                .containsExactly(
                        "content/site.yaml:7:12: error: 'proofread' must be true or false, not 'yes' [site-settings]",
                        "content/site.yaml:8:32: error: 'double spaces' is not a LanguageTool rule id: write it as"
                                + " the proofreading finding names it, in capitals, such as FRENCH_WHITESPACE"
                                + " [site-settings]");

        project.replace("content/site.yaml", "[A_A_ACCENT2, double spaces]", "A_A_ACCENT2");

        assertThat(project.findings())
                .contains("content/site.yaml:8:18: error: 'proofreadIgnore' must be a list of LanguageTool rule ids"
                        + " such as [FRENCH_WHITESPACE] [site-settings]");
    }

    @Test
    void aBuildWithoutProofreadingNeverLoadsLanguageTool() throws Exception {
        try (IsolatedClasses classes = new IsolatedClasses()) {
            Class<?> project = classes.loadClass(TestProject.class.getName());
            Object copy = project.getMethod("copyOf", String.class, Path.class).invoke(null, TestProject.VALID, folder);
            project.getMethod("check").invoke(copy);

            assertThat(classes.loaded(ProofreadingRule.class.getName()))
                    .as("the check ran its rules")
                    .isTrue();
            assertThat(classes.loaded("org.patientleaflets.proofread.Proofreader"))
                    .isFalse();
            assertThat(classes.loaded("org.languagetool.JLanguageTool")).isFalse();
        }
    }

    /** The test class path in a class loader of its own, which tells which classes a run has loaded. */
    private static final class IsolatedClasses extends URLClassLoader {

        IsolatedClasses() {
            super(classPath(), ClassLoader.getPlatformClassLoader());
        }

        boolean loaded(String name) {
            return findLoadedClass(name) != null;
        }

        private static URL[] classPath() {
            return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                    .map(entry -> {
                        try {
                            return Path.of(entry).toUri().toURL();
                        } catch (MalformedURLException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toArray(URL[]::new);
        }
    }

    /** Each proofreading finding as its place and LanguageTool's rule id, in the order the build prints them. */
    private static List<String> places(List<String> findings) {
        return findings.stream()
                .map(finding -> {
                    Matcher matcher = PLACE_AND_RULE.matcher(finding);
                    assertThat(matcher.matches()).as(finding).isTrue();
                    return matcher.group(1) + " " + matcher.group(2);
                })
                .toList();
    }
}
