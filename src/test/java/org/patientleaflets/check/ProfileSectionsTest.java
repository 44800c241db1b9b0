package org.patientleaflets.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patientleaflets.TestProject;

class ProfileSectionsTest {

    private static final String FRENCH_TEXT = "## Qu'est-ce que c'est ?\n\nUn examen qui montre les artères du cœur.\n";
    private static final String FRENCH_SECTIONS = FRENCH_TEXT
            + "\n## Pourquoi vous propose-t-on cette intervention ?\n\nPour voir vos artères.\n"
            + "\n## Comment se déroule l’intervention ?\n\nUn tube passe par le poignet.\n"
            + "\n## Qu’en attendre ?\n\nUne image de vos artères.\n"
            + "\n## Quelles sont les autres solutions ?\n\nVotre équipe vous les expliquera.\n"
            + "\n## Et si vous refusez ?\n\nVotre équipe vous dira ce qui peut se passer.\n";
    private static final String ENGLISH_TEXT = "## What is it?\n\nA test that shows the arteries of the heart.\n";
    private static final String ENGLISH_SECTIONS = ENGLISH_TEXT
            + "\n## Why is this procedure offered to you?\n\nTo see your arteries.\n"
            + "\n## How is the procedure done?\n\nA tube goes in at the wrist.\n"
            + "\n## What can you expect from it?\n\nA picture of your arteries.\n"
            + "\n## What are the alternatives?\n\nYour team will explain them.\n"
            + "\n## What if you say no?\n\nYour team will tell you what may happen.\n";

    @TempDir
    Path folder;

    private TestProject withProfile(String settings) {
        return TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/site.yaml", "phoneRegion: BE\n", "phoneRegion: BE\n" + settings)
                .replace("content/demo/fr.md", FRENCH_TEXT, FRENCH_SECTIONS)
                .replace("content/demo/en.md", ENGLISH_TEXT, ENGLISH_SECTIONS);
    }

    @Test
    void theFrenchProfileAcceptsATextWithEverySectionOfArticleL1111Dash2() {
        TestProject project = withProfile("profile: fr\n")
                .replace("content/demo/fr.md", "## Qu'est-ce que c'est ?", "## Qu'est-ce que c'est ? {#procedure}")
                .replace("content/demo/en.md", "## What is it?", "## What is the procedure?");

        assertThat(project.findings()).isEmpty();
    }

    @Test
    void theFrenchProfileNamesTheArticleOfEachMissingSection() {
        TestProject project = withProfile("profile: fr\n")
                .replace("content/demo/fr.md", "## Qu'est-ce que c'est ?", "## L'examen")
                .replace("content/demo/en.md", "## What is it?", "## What is the procedure?");

        assertThat(project.findings())
                .containsExactly("content/demo/fr.md:1:1: error: required section 'procedure' (Code de la santé"
                        + " publique, art. L1111-2) is missing: add a section '## En quoi consiste l’intervention ?'"
                        + " or mark its heading with {#procedure} [required-section]");
    }

    @Test
    void theBelgianProfileAlsoRequiresDurationFollowUpAndCost() {
        TestProject project = withProfile("profile: be\n");

        assertThat(project.findings())
                .containsExactly(
                        "content/demo/en.md:1:1: error: required section 'duration' (loi du 22 août 2002 relative"
                                + " aux droits du patient, art. 8 §2) is missing: add a section '## How long does the"
                                + " procedure take?' or mark its heading with {#duration} [required-section]",
                        "content/demo/en.md:1:1: error: required section 'follow-up' (loi du 22 août 2002 relative"
                                + " aux droits du patient, art. 8 §2) is missing: add a section '## After the"
                                + " procedure' or mark its heading with {#follow-up} [required-section]",
                        "content/demo/en.md:1:1: error: required section 'cost' (loi du 22 août 2002 relative aux"
                                + " droits du patient, art. 8 §2) is missing: add a section '## What does it cost?'"
                                + " or mark its heading with {#cost} [required-section]",
                        "content/demo/fr.md:1:1: error: required section 'duration' (loi du 22 août 2002 relative"
                                + " aux droits du patient, art. 8 §2) is missing: add a section '## Combien de temps"
                                + " dure l’intervention ?' or mark its heading with {#duration} [required-section]",
                        "content/demo/fr.md:1:1: error: required section 'follow-up' (loi du 22 août 2002 relative"
                                + " aux droits du patient, art. 8 §2) is missing: add a section '## Après"
                                + " l’intervention' or mark its heading with {#follow-up} [required-section]",
                        "content/demo/fr.md:1:1: error: required section 'cost' (loi du 22 août 2002 relative aux"
                                + " droits du patient, art. 8 §2) is missing: add a section '## Combien cela"
                                + " coûte-t-il ?' or mark its heading with {#cost} [required-section]");
    }

    @Test
    void theSitesOwnHeadingsForASectionOfTheProfileStillMarkIt() {
        TestProject project = withProfile(
                        "profile: fr\nrequiredSections:\n  risks: {fr: [Complications], en: [Complications]}\n"
                                + "  contact: {fr: [Qui contacter ?], en: [Who can I contact?]}\n")
                .replace("content/demo/fr.md", "## Qu'est-ce que c'est ?", "## L’intervention")
                .replace("content/demo/en.md", "## What is it?", "## The procedure")
                .replace("content/demo/fr.md", "## Quels sont les risques ?", "## Complications")
                .replace("content/demo/en.md", "## What are the risks?", "## Complications");

        assertThat(project.findings()).isEmpty();
    }

    @Test
    void aSectionSeverityTurnsAMissingSectionIntoAWarning() {
        TestProject project = withProfile("profile: fr\nsectionSeverity: {refusal: warning}\n")
                .replace("content/demo/en.md", "## What is it?", "## What is the procedure?")
                .replace("content/demo/fr.md", "## Qu'est-ce que c'est ?", "## L’intervention")
                .replace(
                        "content/demo/en.md",
                        "\n## What if you say no?\n\nYour team will tell you what may happen.\n",
                        "")
                .replace(
                        "content/demo/fr.md",
                        "\n## Et si vous refusez ?\n\nVotre équipe vous dira ce qui peut se passer.\n",
                        "");

        assertThat(project.findings())
                .containsExactly(
                        "content/demo/en.md:1:1: warning: required section 'refusal' (Code de la santé publique,"
                                + " art. L1111-2) is missing: add a section '## What if you say no?' or mark its"
                                + " heading with {#refusal} [required-section]",
                        "content/demo/fr.md:1:1: warning: required section 'refusal' (Code de la santé publique,"
                                + " art. L1111-2) is missing: add a section '## Et si vous refusez ?' or mark its"
                                + " heading with {#refusal} [required-section]");
    }

    @Test
    void reportsAnUnknownProfileAndAnUnknownSeverityAtTheirLines() {
        TestProject project = withProfile("profile: ch\nsectionSeverity: {cost: fatal, colour: warning}\n");

        assertThat(project.findings())
                .containsExactly(
                        "content/site.yaml:7:10: error: 'profile' must be fr (Code de la santé publique) or be (loi"
                                + " relative aux droits du patient), not 'ch'; remove the setting for no profile"
                                + " [site-settings]",
                        "content/site.yaml:8:19: error: 'cost' is not a required section; known sections: risks,"
                                + " contact [site-settings]",
                        "content/site.yaml:8:32: error: 'colour' is not a required section; known sections: risks,"
                                + " contact [site-settings]");
    }
}
