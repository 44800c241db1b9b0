package org.patientleaflets.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patientleaflets.TestProject;

class TranslationRulesTest {

    @TempDir
    Path folder;

    @Test
    void reportsAMissingTranslationAtTheSourceText() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder).delete("content/demo/en.md");

        assertThat(project.findings())
                .containsExactly("content/demo/fr.md:1:1: error: leaflet 'demo' has no English (en) translation:"
                        + " create content/demo/en.md [missing-translation]");
    }

    @Test
    void reportsAMissingSourceTextAtTheTranslation() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder).delete("content/demo/fr.md");

        assertThat(project.findings())
                .containsExactly("content/demo/en.md:1:1: error: leaflet 'demo' has no French (fr) source text:"
                        + " create content/demo/fr.md [missing-translation]");
    }

    @Test
    void reportsATranslationOfAnEarlierSourceVersionAsStale() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/demo/en.md", "translation-of: 2", "translation-of: 1");

        assertThat(project.findings())
                .containsExactly("content/demo/en.md:9:17: error: this translation is of version 1 but"
                        + " content/demo/fr.md is now version 2: bring the translation up to date, then set"
                        + " 'translation-of: 2' [stale-translation]");
    }

    @Test
    void reportsATranslationOfAVersionTheSourceHasNotReached() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/demo/en.md", "translation-of: 2", "translation-of: 3");

        assertThat(project.findings())
                .containsExactly("content/demo/en.md:9:17: error: 'translation-of: 3' names a version"
                        + " content/demo/fr.md has not reached (it is version 2): set 'translation-of: 2'"
                        + " [stale-translation]");
    }

    @Test
    void warnsAboutAStaleTranslationWhenStaleTranslationsAreAllowed() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/demo/en.md", "translation-of: 2", "translation-of: 1")
                .allowStaleTranslations();

        assertThat(project.findings())
                .containsExactly("content/demo/en.md:9:17: warning: this translation is of version 1 but"
                        + " content/demo/fr.md is now version 2: bring the translation up to date, then set"
                        + " 'translation-of: 2' (it is published meanwhile because allowStaleTranslations is set)"
                        + " [stale-translation]");
    }
}
