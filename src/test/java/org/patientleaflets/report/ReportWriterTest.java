package org.patientleaflets.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patientleaflets.TestProject;

class ReportWriterTest {

    private static final String FIGURE_LINE = "content/demo/en.md:20:36: error: '3%' does not appear in the French text"
            + " of this section (content/demo/fr.md:17): correct the figure here, or in the French text, so that both"
            + " give the same figure [numeric-parity]";

    @TempDir
    Path folder;

    private final ObjectMapper json = new ObjectMapper();

    private TestProject projectWithAChangedFigureAndALink() {
        return TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/demo/en.md", "(2%)", "(3%)")
                .replace(
                        "content/demo/en.md",
                        "of the heart.\n\n## What",
                        "of the heart, see [the health service](https://www.nhs.uk/).\n\n## What");
    }

    private Path report(TestProject project, String name) {
        return project.config().outputDirectory().resolve(name);
    }

    @Test
    void aCheckWritesEachFindingScoreAndOutsideLinkAsJson() throws IOException {
        TestProject project = projectWithAChangedFigureAndALink();
        assertThat(project.findings()).contains(FIGURE_LINE);

        JsonNode report = json.readTree(report(project, ReportWriter.JSON).toFile());

        assertThat(report.at("/summary/text").asText()).isEqualTo("2 errors, 0 warnings in 2 texts");
        JsonNode finding = report.at("/findings/0");
        assertThat(finding.get("file").asText()).isEqualTo("content/demo/en.md");
        assertThat(finding.get("line").asInt()).isEqualTo(20);
        assertThat(finding.get("column").asInt()).isEqualTo(36);
        assertThat(finding.get("severity").asText()).isEqualTo("error");
        assertThat(finding.get("rule").asText()).isEqualTo("numeric-parity");
        assertThat(report.at("/readability/0/file").asText()).isEqualTo("content/demo/en.md");
        assertThat(report.at("/readability/0/formula").asText()).isEqualTo("Flesch Reading Ease");
        assertThat(report.at("/readability/1/formula").asText()).isEqualTo("Kandel & Moles");
        assertThat(report.at("/externalLinks/0/address").asText()).isEqualTo("https://www.nhs.uk/");
        assertThat(report.at("/externalLinks/0/line").asInt()).isEqualTo(16);
        assertThat(report.at("/rules/numeric-parity").asText()).startsWith("Every figure of a source section");
        assertThat(report.at("/requiredSections/0/id").asText()).isEqualTo("risks");
        assertThat(report.at("/requiredSections/0/severity").asText()).isEqualTo("error");
        assertThat(report.at("/requiredSections/0/basis").asText()).isEqualTo("site.yaml");
        assertThat(report.at("/requiredSections/0/headings/en/0").asText()).isEqualTo("What are the risks?");
    }

    @Test
    void writesOneSarifRunWithRulesAndPhysicalLocations() throws IOException {
        TestProject project = projectWithAChangedFigureAndALink();
        project.check();

        JsonNode sarif = json.readTree(report(project, ReportWriter.SARIF).toFile());

        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.get("runs")).hasSize(1);
        JsonNode run = sarif.at("/runs/0");
        JsonNode result = run.at("/results/0");
        assertThat(result.get("ruleId").asText()).isEqualTo("numeric-parity");
        assertThat(run.at("/tool/driver/rules/" + result.get("ruleIndex").asInt() + "/id")
                        .asText())
                .isEqualTo("numeric-parity");
        assertThat(result.get("level").asText()).isEqualTo("error");
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri")
                        .asText())
                .isEqualTo("content/demo/en.md");
        assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt())
                .isEqualTo(20);
        assertThat(result.at("/locations/0/physicalLocation/region/startColumn").asInt())
                .isEqualTo(36);
    }

    @Test
    void writesAPageGroupingFindingsByFileWithScoresAndLinks() throws IOException {
        TestProject project = projectWithAChangedFigureAndALink();
        project.check();

        Document page = Jsoup.parse(Files.readString(report(project, ReportWriter.HTML)));

        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("p").first().text()).startsWith("2 errors, 0 warnings in 2 texts.");
        assertThat(page.select("caption").eachText())
                .contains("content/demo/en.md (1 finding)", "content/demo/fr.md (1 finding)");
        assertThat(page.select("tbody tr").first().select("td").eachText())
                .containsExactly(
                        "20:36",
                        "error",
                        "numeric-parity",
                        "'3%' does not appear in the French text of this section (content/demo/fr.md:17): correct"
                                + " the figure here, or in the French text, so that both give the same figure");
        assertThat(page.select("td:contains(Kandel & Moles)")).hasSize(1);
        assertThat(page.select("a[href=https://www.nhs.uk/]").text()).isEqualTo("https://www.nhs.uk/");
    }

    @Test
    void listsEachRequiredSectionWithTheArticleOfLawItComesFrom() throws IOException {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder)
                .replace("content/site.yaml", "phoneRegion: BE\n", "phoneRegion: BE\nprofile: be\n");
        project.check();

        JsonNode report = json.readTree(report(project, ReportWriter.JSON).toFile());
        Document page = Jsoup.parse(Files.readString(report(project, ReportWriter.HTML)));

        assertThat(report.at("/requiredSections/9/id").asText()).isEqualTo("cost");
        assertThat(report.at("/requiredSections/9/basis").asText())
                .isEqualTo("loi du 22 août 2002 relative aux droits du patient, art. 8 §2");
        assertThat(report.at("/requiredSections/10/id").asText()).isEqualTo("contact");
        assertThat(page.select("tr:has(td:matchesOwn(^\\{#cost}$)) td").eachText())
                .containsExactly(
                        "{#cost}",
                        "error",
                        "loi du 22 août 2002 relative aux droits du patient, art. 8 §2",
                        "What does it cost? / Cost Combien cela coûte-t-il ? / Coût");
    }

    @Test
    void reportsAreWrittenWhenTheSiteSettingsCannotBeRead() throws IOException {
        TestProject project = TestProject.copyOf(TestProject.VALID, folder).delete("content/site.yaml");
        project.build();

        JsonNode report = json.readTree(report(project, ReportWriter.JSON).toFile());

        assertThat(report.at("/findings/0/rule").asText()).isEqualTo("site-settings");
        assertThat(report(project, ReportWriter.SARIF)).isRegularFile();
        assertThat(report(project, ReportWriter.HTML)).isRegularFile();
    }
}
