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
                        + " title, version, date, review-by, owner, specialty, summary, changes, approved-by,"
                        + " approved-on, consent-form, sources, translation-of [front-matter]");
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

    @Test
    void acceptsSourcesWithATitleAndADateOfPublication() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace(
                        "content/demo/fr.md",
                        "approved-on: 2026-01-10\n",
                        "approved-on: 2026-01-10\nsources:\n  - {title: Guide de la coronarographie, by: Société"
                                + " savante, date: 2021}\n  - title: Fiche de l’hôpital\n    date: 2019-05\n");

        assertThat(project.findings()).isEmpty();
    }

    @Test
    void reportsEachMalformedSourceAtItsLineInEitherLanguage() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace(
                        "content/demo/fr.md",
                        "approved-on: 2026-01-10\n",
                        "approved-on: 2026-01-10\nsources:\n  - Une étude\n  - {title: Guide, date: mai 2021}\n")
                .replace(
                        "content/demo/en.md",
                        "approved-on: 2026-01-10\n",
                        "approved-on: 2026-01-10\nsources:\n  - {by: NHS, year: 2020}\n");

        assertThat(project.findings())
                .containsExactly(
                        "content/demo/en.md:13:5: error: a source needs a 'title': add 'title: ...' [front-matter]",
                        "content/demo/en.md:13:5: error: a source needs the 'date' it was published: add 'date: 2017'"
                                + " (or 2017-05) [front-matter]",
                        "content/demo/en.md:13:15: error: unknown key 'year' in a source; a source has title, by,"
                                + " date, url [front-matter]",
                        "content/demo/fr.md:12:5: error: a source must name its title and date: '- {title: ..., by:"
                                + " ..., date: 2017}', not 'Une étude' [front-matter]",
                        "content/demo/fr.md:13:5: error: the date of a source must be a year, YYYY-MM or YYYY-MM-DD,"
                                + " such as 2017, not 'mai 2021' [front-matter]");
    }

    @Test
    void reportsSourcesThatAreNotAList() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/demo/en.md", "approved-on: 2026-01-10\n", "approved-on: 2026-01-10\nsources: NHS\n");

        assertThat(project.findings())
                .containsExactly("content/demo/en.md:12:10: error: 'sources' must be a list of references, each with a"
                        + " title and a date: '- {title: ..., by: ..., date: 2017}' [front-matter]");
    }
}
