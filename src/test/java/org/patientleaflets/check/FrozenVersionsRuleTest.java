package org.patientleaflets.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patientleaflets.TestProject;

class FrozenVersionsRuleTest {

    @TempDir
    Path folder;

    /** The valid fixture, its version 2 published in both languages. */
    private TestProject published() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);
        assertThat(project.publish().frozen())
                .containsExactly("content/demo/versions/2/en.md", "content/demo/versions/2/fr.md");
        return project;
    }

    @Test
    void acceptsAPublishedProjectAndANewVersionOfItsTexts() {
        TestProject project = published();
        assertThat(project.findings()).isEmpty();

        project.replace("content/demo/fr.md", "version: 2", "version: 3")
                .replace(
                        "content/demo/fr.md",
                        "Un examen qui montre les artères du cœur.\n\n##",
                        "Un examen qui montre les artères du cœur, par radiographie.\n\n##")
                .replace("content/demo/en.md", "version: 2", "version: 3")
                .replace("content/demo/en.md", "translation-of: 2", "translation-of: 3");

        assertThat(project.findings()).isEmpty();
    }

    @Test
    void reportsAnEditedPublishedFileAtItsStart() {
        TestProject project =
                published().replace("content/demo/versions/2/en.md", "A test that", "An examination that");

        assertThat(project.findings())
                .containsExactly("content/demo/versions/2/en.md:1:1: error: this published version was changed after"
                        + " it was published (its SHA-256 no longer matches content/published.yaml:3): restore it as"
                        + " it was published, and make the change in the current text under a new version"
                        + " [frozen-versions]");
    }

    @Test
    void reportsALedgerEntryWhoseFileIsMissingAtTheEntry() {
        TestProject project = published().delete("content/demo/versions/2/fr.md");

        assertThat(project.findings())
                .containsExactly("content/published.yaml:4:1: error: content/demo/versions/2/fr.md was published but"
                        + " is missing: restore it as it was published (from the version history of the content or"
                        + " a backup) [frozen-versions]");
    }

    @Test
    void reportsAFrozenFileTheLedgerDoesNotList() {
        TestProject project =
                published().write("content/demo/versions/1/fr.md", project().read("content/demo/fr.md"));

        assertThat(project.findings())
                .containsExactly("content/demo/versions/1/fr.md:1:1: error: this file is not in"
                        + " content/published.yaml, so it was not published: remove it, and run 'mvn leaflet:publish'"
                        + " to freeze the current texts [frozen-versions]");
    }

    @Test
    void hiddenFilesAMacLeavesInThePublishedVersionsAreNoneOfThem() {
        TestProject project = published()
                .write("content/demo/versions/.DS_Store", "Bud1")
                .write("content/demo/versions/1/.DS_Store", "Bud1")
                .write("content/demo/versions/1/._fr.md", "\u0000\u0005\u0016\u0007Mac OS X");

        assertThat(project.findings()).isEmpty();
    }

    @Test
    void reportsAChangedTextWhoseVersionWasNotRaised() {
        TestProject project = published()
                .replace(
                        "content/demo/fr.md",
                        "Un examen qui montre les artères du cœur.\n\n##",
                        "Un examen qui montre les artères du cœur, par radiographie.\n\n##");

        assertThat(project.findings())
                .containsExactly("content/demo/fr.md:3:10: error: this text differs from its published version 2"
                        + " (content/demo/versions/2/fr.md): set 'version: 3' to publish the change, or undo it"
                        + " [frozen-versions]");
    }

    @Test
    void reportsAVersionNumberThatGoesDown() {
        TestProject project = published()
                .replace("content/demo/fr.md", "version: 2", "version: 1")
                .replace("content/demo/en.md", "translation-of: 2", "translation-of: 1");

        assertThat(project.findings())
                .containsExactly(
                        "content/demo/en.md:3:10: error: this text differs from its published version 2"
                                + " (content/demo/versions/2/en.md): set 'version: 3' to publish the change, or undo"
                                + " it [frozen-versions]",
                        "content/demo/fr.md:3:10: error: version 1 is lower than version 2, already published"
                                + " (content/demo/versions/2/fr.md): a version number never goes down; set 'version: 3'"
                                + " [frozen-versions]");
    }

    private TestProject project() {
        return TestProject.copyOf(TestProject.VALID, folder.resolve("original"));
    }
}
