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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
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
            call(classes.copyOf(TestProject.VALID, folder), "check");

            assertThat(classes.loaded(ProofreadingRule.class.getName()))
                    .as("the check ran its rules")
                    .isTrue();
            assertThat(classes.loaded("org.patientleaflets.proofread.languagetool.LanguageToolProofreader"))
                    .isFalse();
            assertThat(classes.loaded("org.languagetool.JLanguageTool")).isFalse();
        }
    }

    @Test
    void aBuildThatCannotHaveLanguageToolSaysWhyAndProofreadsNothing() {
        AtomicInteger fetches = new AtomicInteger();
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/demo/fr.md", "Un examen qui montre", "Un examen qui montre sans paintes")
                .fetchingLanguageTool(() -> {
                    fetches.incrementAndGet();
                    throw new IllegalStateException("the repository cannot be reached");
                });
        assertThat(project.findings()).as("proofreading is off").isEmpty();
        assertThat(fetches).as("nothing is fetched without proofreading").hasValue(0);

        project.proofread();

        String cannotFetch = "content/site.yaml:1:1: error: proofreading needs LanguageTool, which could not be"
                + " fetched: the repository cannot be reached; no text was proofread [proofreading]";
        assertThat(project.findings()).containsExactly(cannotFetch);
        assertThat(project.findings()).containsExactly(cannotFetch);
        assertThat(fetches)
                .as("a fetch that failed is tried again by the next build")
                .hasValue(2);
    }

    @Test
    void proofreadsWithLanguageToolFetchedIntoAClassLoaderOfItsOwn() throws Exception {
        List<Path> languageTool =
                classPath().filter(ProofreadingRuleTest::isLanguageTool).toList();
        assertThat(languageTool).isNotEmpty();
        AtomicInteger fetches = new AtomicInteger();
        try (IsolatedClasses classes = new IsolatedClasses(entry -> !isLanguageTool(entry))) {
            Object project = classes.copyOf(TestProject.VALID, folder);
            // French alone: each language's rules load anew in the new class loader, which takes seconds.
            call(project, "replace", "content/site.yaml", "languages: [fr, en]", "languages: [fr]");
            call(project, "delete", "content/demo/en.md");
            call(project, "replace", "content/demo/fr.md", "Un examen qui montre", "Un examen qui montre sans paintes");
            call(project, "proofread");

            assertThat(call(project, "findings"))
                    .as("LanguageTool is not on this class path")
                    .isEqualTo(List.of("content/site.yaml:1:1: error: proofreading needs LanguageTool, which is not"
                            + " on the class path: add org.languagetool:language-fr and org.languagetool:language-en"
                            + " to it; no text was proofread [proofreading]"));

            call(project, "fetchingLanguageTool", (java.util.function.Supplier<List<Path>>) () -> {
                fetches.incrementAndGet();
                return languageTool;
            });

            assertThat(places(findings(call(project, "findings"))))
                    .containsExactly("content/demo/fr.md:15:27 FR_SPELLING_RULE");
            assertThat(places(findings(call(project, "findings"))))
                    .containsExactly("content/demo/fr.md:15:27 FR_SPELLING_RULE");
            assertThat(fetches).as("fetched once for both builds").hasValue(1);
            assertThat(classes.loaded("org.patientleaflets.proofread.languagetool.LanguageToolProofreader"))
                    .as("the proofreader is loaded with LanguageTool, not by the engine's loader")
                    .isFalse();
            assertThat(classes.loaded("org.patientleaflets.proofread.LanguageTool"))
                    .isTrue();
        }
    }

    private static boolean isLanguageTool(Path entry) {
        return entry.toString().replace('\\', '/').contains("/org/languagetool/");
    }

    @SuppressWarnings("unchecked")
    private static List<String> findings(Object findings) {
        return (List<String>) findings;
    }

    /** Calls a public method of an object of another class loader, by name and number of arguments. */
    private static Object call(Object target, String method, Object... arguments) throws Exception {
        for (java.lang.reflect.Method candidate : target.getClass().getMethods()) {
            if (candidate.getName().equals(method) && candidate.getParameterCount() == arguments.length) {
                return candidate.invoke(target, arguments);
            }
        }
        throw new NoSuchMethodException(method);
    }

    private static Stream<Path> classPath() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of);
    }

    /** The test class path, or part of it, in a class loader of its own, which tells which classes a run has loaded. */
    private static final class IsolatedClasses extends URLClassLoader {

        IsolatedClasses() {
            this(entry -> true);
        }

        IsolatedClasses(Predicate<Path> kept) {
            super(
                    classPath().filter(kept).map(IsolatedClasses::url).toArray(URL[]::new),
                    ClassLoader.getPlatformClassLoader());
        }

        /** A copy of a fixture, as a {@link TestProject} of this class loader. */
        Object copyOf(String fixture, Path folder) throws Exception {
            return loadClass(TestProject.class.getName())
                    .getMethod("copyOf", String.class, Path.class)
                    .invoke(null, fixture, folder);
        }

        boolean loaded(String name) {
            return findLoadedClass(name) != null;
        }

        private static URL url(Path entry) {
            try {
                return entry.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
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
