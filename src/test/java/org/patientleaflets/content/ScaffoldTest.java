package org.patientleaflets.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patientleaflets.TestProject;

class ScaffoldTest {

    private static final LocalDate DAY = LocalDate.parse("2026-11-27");

    @TempDir
    Path folder;

    private Scaffold scaffold(TestProject project) {
        return new Scaffold(project.directory(), project.directory().resolve("content"));
    }

    @Test
    void writesEveryLanguageWithFrontMatterAndEachRequiredHeading() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);

        Scaffold.Written written = scaffold(project).write("ablation", "L’ablation : pourquoi ?", Map.of(), DAY);

        assertThat(written.written())
                .containsExactly(Path.of("content/ablation/fr.md"), Path.of("content/ablation/en.md"));
        assertThat(project.read("content/ablation/fr.md"))
                .isEqualTo(
                        """
                        ---
                        title: 'L’ablation : pourquoi ?'
                        version: 1
                        date: 2026-11-27
                        review-by: 2027-11-27
                        owner: TODO
                        specialty: TODO
                        summary: TODO
                        ---

                        ## Quels sont les risques ?

                        TODO

                        ## Qui contacter ?

                        TODO
                        """);
        assertThat(project.read("content/ablation/en.md"))
                .startsWith("---\ntitle: TODO\n")
                .contains("translation-of: 1\n---\n")
                .contains("## What are the risks?\n\nTODO\n")
                .contains("## Who can I contact?\n\nTODO\n");
    }

    @Test
    void writesTheSectionsOfTheSitesProfileInTheirUsualOrder() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);
        project.write("content/site.yaml", project.read("content/site.yaml") + "profile: be\n");

        scaffold(project).write("ablation", "L’ablation", Map.of("en", "Ablation"), DAY);

        assertThat(project.read("content/ablation/en.md").lines().filter(line -> line.startsWith("## ")))
                .containsExactly(
                        "## What is the procedure?",
                        "## Why is this procedure offered to you?",
                        "## How is the procedure done?",
                        "## How long does the procedure take?",
                        "## What can you expect from it?",
                        "## After the procedure",
                        "## What are the risks?",
                        "## What are the alternatives?",
                        "## What if you say no?",
                        "## What does it cost?",
                        "## Who can I contact?");
    }

    @Test
    void aNewLeafletFailsTheCheckAtEveryPlaceholderUntilFilled() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);
        scaffold(project).write("ablation", "L’ablation", Map.of("en", "Ablation"), DAY);

        assertThat(project.findings())
                .filteredOn(finding -> finding.endsWith("[unfilled-placeholder]"))
                .containsExactly(
                        "content/ablation/en.md:6:8: error: 'owner' is still TODO: write the owner of this text"
                                + " [unfilled-placeholder]",
                        "content/ablation/en.md:7:12: error: 'specialty' is still TODO: write the specialty of this"
                                + " text [unfilled-placeholder]",
                        "content/ablation/en.md:8:10: error: 'summary' is still TODO: write the summary of this text"
                                + " [unfilled-placeholder]",
                        "content/ablation/en.md:14:1: error: TODO marks text still to be written: replace it with"
                                + " what the patient needs to know here [unfilled-placeholder]",
                        "content/ablation/en.md:18:1: error: TODO marks text still to be written: replace it with"
                                + " what the patient needs to know here [unfilled-placeholder]",
                        "content/ablation/fr.md:6:8: error: 'owner' is still TODO: write the owner of this text"
                                + " [unfilled-placeholder]",
                        "content/ablation/fr.md:7:12: error: 'specialty' is still TODO: write the specialty of this"
                                + " text [unfilled-placeholder]",
                        "content/ablation/fr.md:8:10: error: 'summary' is still TODO: write the summary of this text"
                                + " [unfilled-placeholder]",
                        "content/ablation/fr.md:13:1: error: TODO marks text still to be written: replace it with"
                                + " what the patient needs to know here [unfilled-placeholder]",
                        "content/ablation/fr.md:17:1: error: TODO marks text still to be written: replace it with"
                                + " what the patient needs to know here [unfilled-placeholder]");
    }

    @Test
    void aFilledNewLeafletPassesEveryCheck() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);
        scaffold(project).write("ablation", "L’ablation", Map.of("en", "Ablation"), DAY);

        fill(project, "content/ablation/fr.md", "Le secrétariat : 064 23 48 20.", "Un bleu au pli de l’aine.");
        fill(project, "content/ablation/en.md", "The secretary: 064 23 48 20.", "A bruise in the groin.");

        assertThat(project.findings()).isEmpty();
    }

    private static void fill(TestProject project, String file, String contact, String risk) {
        String text = project.read(file)
                .replace("owner: TODO", "owner: Cardiologie\napproved-by: Dr A. Martin\napproved-on: 2026-11-20")
                .replace("specialty: TODO", "specialty: Cardiologie")
                .replace("summary: TODO", "summary: Une intervention du cœur.")
                .replace("title: TODO", "title: Ablation");
        int contactHeading = text.lastIndexOf("## ");
        text = text.substring(0, contactHeading).replace("TODO", risk)
                + text.substring(contactHeading).replace("TODO", contact);
        project.write(file, text);
    }

    @Test
    void refusesToOverwriteAnExistingLeaflet() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);
        String before = project.read("content/demo/fr.md");

        assertThatThrownBy(() -> scaffold(project).write("demo", "Démo", Map.of(), DAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("content/demo exists already: edit its texts, or choose another slug for a new leaflet");
        assertThat(project.read("content/demo/fr.md")).isEqualTo(before);
    }

    @Test
    void refusesASlugThatIsNotLowercaseWordsWithHyphens() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder);

        assertThatThrownBy(() -> scaffold(project).write("Mitral Clip", "Clip", Map.of(), DAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'Mitral Clip' cannot be a leaflet's address");
        assertThatThrownBy(() -> scaffold(project).write("../outside", "Clip", Map.of(), DAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(project.directory().resolve("outside")).doesNotExist();
    }

    @Test
    void writesNothingWhenTheSiteSettingsAreBroken() {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder).delete("content/site.yaml");

        Scaffold.Written written = scaffold(project).write("ablation", "L’ablation", Map.of(), DAY);

        assertThat(written.written()).isEmpty();
        assertThat(written.diagnostics()).isNotEmpty();
        assertThat(Files.exists(project.directory().resolve("content/ablation")))
                .isFalse();
    }
}
