package org.patientleaflets.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patientleaflets.TestProject;

class AbbreviationsRuleTest {

    private static final String FR = "content/demo/fr.md";
    private static final String PARAGRAPH = "artères du cœur.\n\n## Quels";

    @TempDir
    Path folder;

    private TestProject withFrench(String sentence) {
        return TestProject.copyOf(TestProject.VALID, folder)
                .replace(FR, PARAGRAPH, "artères du cœur. " + sentence + "\n\n## Quels");
    }

    @Test
    void acceptsAbbreviationsExplainedAtTheirFirstUse() {
        TestProject project = withFrench("Un AVC (accident vasculaire cérébral) est rare, une échographie"
                + " transœsophagienne (ETO) aussi ; les médecins disent « CMP », pour commissurotomie. L’AVC, l’ETO,"
                + " la CMP, le type II. LIRE AVANT L’EXAMEN.");

        assertThat(project.findings()).isEmpty();
    }

    @Test
    void warnsAtTheFirstUseOfAnAbbreviationExplainedOnlyLater() {
        TestProject project = withFrench("On fait une ETO. L’ETO (échographie transœsophagienne) montre le cœur.");

        assertThat(project.findings())
                .containsExactly("content/demo/fr.md:15:55: warning: 'ETO' is used before it is explained: write what"
                        + " it stands for at its first use, as 'ETO (...)', or add it to 'abbreviations' in site.yaml"
                        + " if every reader knows it [abbreviations]");
    }

    @Test
    void acceptsAbbreviationsSiteSettingsSayEveryReaderKnows() {
        TestProject project = withFrench("Aux cliniques UCL.")
                .replace("content/site.yaml", "phoneRegion: BE\n", "phoneRegion: BE\nabbreviations: [UCL]\n");

        assertThat(project.findings()).isEmpty();
    }
}
