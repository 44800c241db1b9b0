package org.patientleaflets.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patientleaflets.TestProject;

class LinksRuleTest {

    private static final String EN = "content/demo/en.md";
    private static final String SENTENCE = "A test that shows the arteries of the heart.\n\n## What";

    @TempDir
    Path folder;

    private TestProject withEnglish(String markdown) {
        return TestProject.copyOf(TestProject.VALID, folder).replace(EN, SENTENCE, markdown + "\n\n## What");
    }

    @Test
    void acceptsHeadingsOtherLeafletsWebPagesAndImagesInTheFolder() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);
        project.write("content/clip/en.md", project.read(EN))
                .write("content/clip/fr.md", project.read("content/demo/fr.md"))
                .writePng("content/demo/images/heart.png")
                .replace(
                        EN,
                        SENTENCE,
                        "See [the risks](#what-are-the-risks), [the clip](../clip/), [its risks](../clip/#what-are-the-risks),"
                                + " [the health service](https://www.nhs.uk/) and ![The heart, front view](images/heart.png).\n\n## What");

        assertThat(project.findings()).isEmpty();
    }

    @Test
    void refusesLinksThatCouldRunCode() {
        TestProject project = withEnglish("[Click](javascript:alert(1)) or [this](data:text/html,hi).");

        assertThat(project.findings())
                .containsExactly(
                        refused("content/demo/en.md:16:1", "javascript"), refused("content/demo/en.md:16:33", "data"));
    }

    @Test
    void followsReferenceLinksToWhereTheyAreDefined() {
        TestProject project =
                withEnglish("[Click][here] or <mailto:cardiology@hospital.example.org>.\n\n[here]: vbscript:run");

        assertThat(project.findings()).containsExactly(refused("content/demo/en.md:16:1", "vbscript"));
    }

    @Test
    void reportsAHeadingOrLeafletThatDoesNotExist() {
        TestProject project = withEnglish("See [risks](#risks) and [the clip](../clip/).");

        assertThat(project.findings())
                .containsExactly(
                        "content/demo/en.md:16:5: error: no heading of content/demo/en.md has the id 'risks': use one"
                                + " of #what-are-the-risks, #what-is-it, #who-can-i-contact [links]",
                        "content/demo/en.md:16:25: error: there is no leaflet 'clip' in English: link to ../<folder>/ of a"
                                + " leaflet that has a text in English [links]");
    }

    @Test
    void reportsALinkThatIsNeitherALeafletNorAHeading() {
        TestProject project = withEnglish("See [the notes](notes.md).");

        assertThat(project.findings())
                .containsExactly("content/demo/en.md:16:5: error: 'notes.md' is neither another leaflet nor a heading:"
                        + " link to another leaflet as ../<folder>/ or to a heading of this text as #<id> [links]");
    }

    @Test
    void refusesAnImageThatIsALinkToAFileOutsideTheFolder() throws IOException {
        TestProject project = withEnglish("![Map](images/map.png)").write("secret.png", "not for the site");
        Files.createDirectories(project.directory().resolve("content/demo/images"));
        Files.createSymbolicLink(
                project.directory().resolve("content/demo/images/map.png"),
                project.directory().resolve("secret.png"));

        assertThat(project.findings())
                .containsExactly("content/demo/en.md:16:1: error: the image 'images/map.png' lies outside the leaflet's"
                        + " folder: move it into content/demo/images/ and write images/<name> [links]");
    }

    @Test
    void reportsImagesOutsideTheFolderMissingOrWithoutAlternativeText() {
        TestProject project = withEnglish(
                        "![Map](../../secret.png) ![Map](https://maps.example.org/a.png) ![Map](images/gone.png) ![](images/heart.png)")
                .writePng("content/demo/images/heart.png");

        assertThat(project.findings())
                .containsExactly(
                        "content/demo/en.md:16:1: error: the image '../../secret.png' lies outside the leaflet's"
                                + " folder: move it into content/demo/images/ and write images/<name> [links]",
                        "content/demo/en.md:16:26: error: the image 'https://maps.example.org/a.png' is not a file of"
                                + " the leaflet: pages load nothing from other sites, so save it in"
                                + " content/demo/images/ and write images/<name> [links]",
                        "content/demo/en.md:16:65: error: the image 'images/gone.png' does not exist: add the file"
                                + " content/demo/images/gone.png or correct the path [links]",
                        "content/demo/en.md:16:89: error: the image 'images/heart.png' has no alternative text, so a"
                                + " screen reader cannot describe it: write what it shows between the brackets,"
                                + " ![like this](...) [links]");
    }

    @Test
    void refusesAnImageFileThatIsNotAPicture() {
        TestProject project = withEnglish("![The heart](images/heart.png)")
                .write("content/demo/images/heart.png", "<script>alert(1)</script>");

        assertThat(project.findings())
                .containsExactly(
                        "content/demo/en.md:16:1: error: the image 'images/heart.png' is not a PNG, JPEG or GIF"
                                + " picture that pages and PDFs can show: save it again in one of those formats [links]");
    }

    private static String refused(String position, String scheme) {
        return position + ": error: a '" + scheme + ":' link is refused, since it could run code or open files on the"
                + " reader's device: link to a web page (https://...), an e-mail address (mailto:) or a phone number"
                + " (tel:) [links]";
    }
}
