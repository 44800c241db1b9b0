package org.patientleaflets.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patientleaflets.TestProject;

class FrontMatterRuleTest {

    @TempDir
    Path folder;

    @Test
    void reportsAMissingFieldWithWhatToAdd() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/demo/fr.md", "summary: Un examen qui montre les artères du cœur.\n", "");

        assertThat(project.findings())
                .containsExactly("content/demo/fr.md:1:1: error: missing field 'summary' in the front matter: add"
                        + " 'summary: some text' [front-matter]");
    }

    @Test
    void reportsAMalformedDateAtItsValue() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/demo/en.md", "date: 2026-01-15", "date: 15/01/2026");

        assertThat(project.findings())
                .containsExactly("content/demo/en.md:4:7: error: 'date' must be a date written YYYY-MM-DD, such as"
                        + " 2026-10-01, not '15/01/2026' [front-matter]");
    }

    @Test
    void reportsAnImpossibleDate() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/demo/en.md", "review-by: 2027-01-15", "review-by: 2027-02-30");

        assertThat(project.findings()).singleElement().asString().startsWith("content/demo/en.md:5:12: error:");
    }

    @Test
    void reportsAVersionThatIsNotAWholeNumber() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/demo/fr.md", "version: 2", "version: deux");

        assertThat(project.findings())
                .contains("content/demo/fr.md:3:10: error: 'version' must be a whole number from 1 up, such as 2, not"
                        + " 'deux' [front-matter]");
    }

    @Test
    void reportsAReviewDateBeforeTheTextTakesEffect() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/demo/fr.md", "date: 2026-01-15", "date: 2027-03-01");

        assertThat(project.findings())
                .containsExactly("content/demo/fr.md:5:12: error: 'review-by' (2027-01-15) must come after 'date'"
                        + " (2027-03-01) [front-matter]");
    }

    @Test
    void warnsAboutAnUnknownField() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/demo/en.md", "owner:", "author: Dr Who\nowner:");

        assertThat(project.findings())
                .containsExactly("content/demo/en.md:6:1: warning: unknown field 'author' is ignored; known fields:"
                        + " title, version, date, review-by, owner, specialty, summary, changes, translation-of"
                        + " [front-matter]");
        assertThat(project.check().blocksPublication(false)).isFalse();
        assertThat(project.check().blocksPublication(true)).isTrue();
    }

    @Test
    void refusesTranslationOfInTheSourceText() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/demo/fr.md", "owner:", "translation-of: 2\nowner:");

        assertThat(project.findings())
                .containsExactly("content/demo/fr.md:6:1: error: 'translation-of' belongs in translations only; this"
                        + " is the source text: remove the field [front-matter]");
    }

    @Test
    void requiresTranslationOfInATranslation() {
        TestProject project =
                TestProject.copyOf(TestProject.VALID, folder).replace("content/demo/en.md", "translation-of: 2\n", "");

        assertThat(project.findings())
                .containsExactly("content/demo/en.md:1:1: error: missing field 'translation-of' in the front matter:"
                        + " add 'translation-of: 1' [front-matter]");
    }

    @Test
    void refusesAListWhereOneValueIsExpected() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/demo/en.md", "title: Coronary angiography", "title: [Coronary, angiography]");

        assertThat(project.findings())
                .containsExactly("content/demo/en.md:2:8: error: 'title' must be a single value, not a list or mapping"
                        + " [front-matter]");
    }
}
