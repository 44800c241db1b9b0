package org.patientleaflets.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patientleaflets.TestProject;

class GlossaryTest {

    private static final String GLOSSARY = "content/glossary.en.yaml";

    @TempDir
    Path folder;

    private TestProject withTerm(String sentence) {
        return TestProject.copyOf(TestProject.VALID, folder)
                .replace(
                        "content/demo/en.md",
                        "A test that shows the arteries of the heart.\n\n## What are",
                        sentence + "\n\n## What are")
                .write(
                        GLOSSARY,
                        "ETO: an ultrasound of the heart taken from the gullet\n"
                                + "catheter: a long thin tube\n"
                                + "stent: a small mesh tube\n");
    }

    @Test
    void showsTheDefinitionsOfTheWordsATextUsesOnItsPage() throws IOException {
        TestProject project = withTerm("A Catheter goes in, then an ETO (ultrasound) is done.");
        project.build();

        Document page = Jsoup.parse(project.site().resolve("en/demo/index.html").toFile());

        assertThat(page.select("section.glossary h2").text()).isEqualTo("Glossary");
        assertThat(page.select("section.glossary dt").eachText()).containsExactly("catheter", "ETO");
        assertThat(page.select("section.glossary dd").eachText())
                .containsExactly("a long thin tube", "an ultrasound of the heart taken from the gullet");
        assertThat(Jsoup.parse(project.site().resolve("fr/demo/index.html").toFile())
                        .select("section.glossary"))
                .isEmpty();
    }

    @Test
    void anAbbreviationInCapitalsIsNotFoundInsideAnotherWordOrInLowerCase() throws IOException {
        TestProject project = withTerm("The BETOX eto test.");
        project.build();

        Document page = Jsoup.parse(project.site().resolve("en/demo/index.html").toFile());

        assertThat(page.select("section.glossary")).isEmpty();
    }

    @Test
    void printsTheGlossaryInThePdf() throws IOException {
        TestProject project = withTerm("A catheter goes in.");
        project.build();

        try (PDDocument pdf =
                Loader.loadPDF(project.site().resolve("en/demo/demo-en-v2.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Glossary").contains("a long thin tube");
        }
    }

    @Test
    void aGlossaryTermCountsAsExplainedForTheAbbreviationsRule() {
        TestProject project = withTerm("Then an ETO is done.");

        assertThat(project.findings()).isEmpty();
    }

    @Test
    void reportsATermWithoutDefinitionAtItsLine() {
        TestProject project =
                TestProject.copyOf(TestProject.VALID, folder).write(GLOSSARY, "catheter: a long thin tube\nstent:\n");

        assertThat(project.findings())
                .containsExactly(
                        "content/glossary.en.yaml:2:1: error: 'stent' has no definition: write what it means in"
                                + " plain words after the colon [glossary]");
    }

    @Test
    void reportsAGlossaryThatIsNotAListOfWords() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder).write(GLOSSARY, "- catheter\n");

        assertThat(project.findings())
                .containsExactly("content/glossary.en.yaml:1:1: error: a glossary maps each word to its meaning, one"
                        + " per line: 'ETO: an ultrasound of the heart taken from the gullet' [glossary]");
    }
}
